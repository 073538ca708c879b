#pragma once

#include <QCoreApplication>
#include <QStringList>

// hexastore-admin bench scale: many simulated desktop clients, each with its
// own connections and session, browsing, searching, filling carts and
// checking out — directly against the primary and through the local
// cluster's PgBouncer (catalog reads on the standby), in the same run.
class ScaleBenchmark final {
    Q_DECLARE_TR_FUNCTIONS(ScaleBenchmark)

public:
    static int run(const QStringList& arguments);
};

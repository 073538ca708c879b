#pragma once

#include <QCoreApplication>

#include <QStringList>

// hexastore-admin cluster init|start|stop|status|remove --dir DIR: a primary,
// a synchronous streaming standby and a PgBouncer in front of each.
class ClusterCommand final {
    Q_DECLARE_TR_FUNCTIONS(ClusterCommand)

public:
    static int run(const QStringList& arguments);
};

#pragma once

#include <QCoreApplication>
#include <QStringList>

// hexastore-admin courier simulate|events: a headless courier built from the
// same store and sync code as the courier's screen (tests, benchmarks, demos).
class CourierCommand final {
    Q_DECLARE_TR_FUNCTIONS(CourierCommand)

public:
    static int run(QStringList arguments);

private:
    static int simulate(const QStringList& arguments);
    static int events(const QStringList& arguments);
};

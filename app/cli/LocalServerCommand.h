#pragma once

#include <QCoreApplication>

#include <QStringList>

// hexastore-admin local-server init|start|stop|status|remove --dir DIR
class LocalServerCommand final {
    Q_DECLARE_TR_FUNCTIONS(LocalServerCommand)

public:
    static int run(const QStringList& arguments);
};

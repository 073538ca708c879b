#pragma once

#include <QStringList>

// hexastore-admin local-server init|start|stop|status|remove --dir DIR
class LocalServerCommand final {
public:
    static int run(const QStringList& arguments);
};

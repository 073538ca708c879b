#pragma once

#include <QStringList>

// hexastore-admin bench catalog: the product model against QSqlTableModel on
// the same table (time and memory), and search latency against an ILIKE scan.
class CatalogBenchmark final {
public:
    static int run(const QStringList& arguments);
};

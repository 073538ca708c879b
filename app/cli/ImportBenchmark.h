#pragma once

#include <QStringList>

// hexastore-admin bench import: a seller's CSV import of N rows (checked,
// previewed and applied through the service layer and import_listings) next
// to a plain COPY of the same rows into a table without rules, in one run.
class ImportBenchmark final {
public:
    static int run(const QStringList& arguments);
};

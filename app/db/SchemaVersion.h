#pragma once

#include "domain/ServiceError.h"

class SqlExecutor;

// Every program checks the schema before it works with a database: an older
// schema needs `hexastore-admin migrate`; a newer one needs a newer program.
class SchemaVersion final {
public:
    // 0 when the schema is not installed at all.
    static Result<int> read(SqlExecutor& sql);
    static VoidResult requireCompatible(SqlExecutor& sql);

    static ServiceError newerThanProgram(int databaseVersion);
    static ServiceError olderThanProgram(int databaseVersion);
};

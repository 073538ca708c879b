#pragma once

#include "db/TaskControl.h"
#include "domain/ImportProblem.h"
#include "domain/ServiceError.h"
#include "services/common/CsvReader.h"

#include <QByteArray>
#include <QCoreApplication>

// The columns of a listings file (those the export writes) and the form each
// field must have: turns a read CSV table into the rows the database resolves
// (hexastore.import_listings), and every field it cannot take as typed into a
// problem with its line, column and reason. Nothing is corrected silently.
class ListingCsv final {
    Q_DECLARE_TR_FUNCTIONS(ListingCsv)

public:
    struct Parsed {
        qint64 rows = 0;         // data rows in the file
        QByteArray payload;      // a JSON array of the good rows
        qint64 problemCount = 0; // rows with a problem
        QList<ImportProblem> problems;
    };

    // Fails only when the header cannot be used (a required column missing,
    // an unknown or repeated one); bad rows are problems.
    static Result<Parsed> parse(const CsvReader::Table& table, const TaskControl& control = {});
    // The export's header, in its order.
    static QStringList columns();
};

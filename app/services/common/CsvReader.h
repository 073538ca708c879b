#pragma once

#include "domain/ServiceError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Reads CSV as spreadsheets write it (RFC 4180): UTF-8 with or without a
// byte-order mark, fields separated by commas or by semicolons (whichever
// the header line uses), quoted fields with doubled quotes and line breaks
// inside. Each record remembers the line of the file it starts on.
class CsvReader final {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Record {
        int line = 0;
        QStringList fields;
    };
    struct Table {
        QChar separator;
        QList<Record> records; // the header first; blank lines left out
    };

    // Fails on bytes that are not UTF-8 and on a quote left open, naming the line.
    static Result<Table> read(const QByteArray& bytes);
    // Undoes CsvField::escaped's guard against formulas: "'=x" is "=x".
    static QString unguarded(const QString& field);
};

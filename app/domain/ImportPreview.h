#pragma once

#include "ImportProblem.h"

#include <QByteArray>
#include <QList>

// What importing a listings file would do (or did): how many products and
// variants it creates, changes and leaves alone, and every bad row.
struct ImportPreview {
    qint64 rows = 0; // data rows in the file
    qint64 productsCreated = 0;
    qint64 productsChanged = 0;
    qint64 variantsCreated = 0;
    qint64 variantsChanged = 0;
    qint64 unchanged = 0;
    qint64 problemCount = 0;
    QList<ImportProblem> problems; // the first kShownProblems, by line
    bool applied = false;
    // The checked rows as the database takes them: applying sends exactly
    // what was previewed, even if the file changes meanwhile.
    QByteArray payload;

    bool canApply() const { return problemCount == 0 && rows > 0 && !applied; }
    static constexpr int kShownProblems = 1000;
};

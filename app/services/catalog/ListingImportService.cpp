#include "ListingImportService.h"

#include "db/DbWorker.h"
#include "db/SqlExecutor.h"
#include "ListingCsv.h"
#include "services/common/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;
using Code = ServiceError::Code;

namespace {

ServiceError cancelled()
{
    return ServiceError(Code::Validation,
                        ListingImportService::tr("The import was cancelled; nothing was changed."));
}

// Why the database could not take a row, in the seller's words.
QString reasonFor(const QString& code, const QString& column, const QString& value)
{
    if (code == u"unknown_product"_s)
        return ListingImportService::tr("You have no listing with the id %1.").arg(value);
    if (code == u"unknown_category"_s)
        return ListingImportService::tr("There is no category \"%1\".").arg(value);
    if (code == u"ambiguous_category"_s)
        return ListingImportService::tr("Several categories are called \"%1\"; write its whole "
                                        "path, such as \"Parent > %1\".")
            .arg(value);
    if (code == u"unknown_brand"_s)
        return ListingImportService::tr("There is no brand \"%1\"; leave the brand empty or ask "
                                        "an administrator to add it.")
            .arg(value);
    if (code == u"sku_taken"_s)
        return ListingImportService::tr("The SKU %1 belongs to another seller's listing.")
            .arg(value);
    if (code == u"sku_archived"_s)
        return ListingImportService::tr("The SKU %1 belongs to a listing you deleted.").arg(value);
    if (code == u"duplicate_sku"_s)
        return ListingImportService::tr("This SKU is on line %1 already.").arg(value);
    if (code == u"sku_elsewhere"_s)
        return ListingImportService::tr("This SKU belongs to your listing %1, not to this one.")
            .arg(value);
    if (code == u"ambiguous_product"_s)
        return ListingImportService::tr("Several of your listings are called \"%1\"; give the "
                                        "product_id of the one you mean.")
            .arg(value);
    if (code == u"product_differs"_s)
        return ListingImportService::tr("Line %1 has the same product with another %2; the "
                                        "rows of one product must agree.")
            .arg(value, column);
    if (code == u"moderated"_s)
        return ListingImportService::tr("An administrator hid this listing; it cannot be put "
                                        "back on sale by an import.");
    return ListingImportService::tr("The database refused this row (%1).").arg(code);
}

// Runs the database's side; `apply` false writes nothing.
Result<ImportPreview> resolve(SqlExecutor& sql, ImportPreview preview, bool apply,
                              const TaskControl& control)
{
    sql.setCancelCheck([&control] { return control.isCanceled(); });
    auto answer = sql.queryOne(u"SELECT hexastore.import_listings(?::jsonb, ?)::text"_s,
                               {QString::fromUtf8(preview.payload), apply});
    sql.setCancelCheck({});
    if (!answer) {
        if (answer.error().sqlState() == u"57014"_s)
            return std::unexpected(cancelled());
        return std::unexpected(answer.error());
    }
    const QJsonObject result =
        QJsonDocument::fromJson(answer->value(0).toString().toUtf8()).object();
    const auto number = [&](const char* key) {
        return result.value(QLatin1StringView(key)).toInteger();
    };
    preview.productsCreated = number("products_created");
    preview.productsChanged = number("products_changed");
    preview.variantsCreated = number("variants_created");
    preview.variantsChanged = number("variants_changed");
    preview.unchanged = number("unchanged");
    preview.problemCount += number("error_count");
    preview.applied = result.value(u"applied"_s).toBool();
    for (const QJsonValue& e : result.value(u"errors"_s).toArray()) {
        const QJsonObject error = e.toObject();
        const QString column = error.value(u"column"_s).toString();
        preview.problems.append({error.value(u"line"_s).toInt(), column,
                                 reasonFor(error.value(u"code"_s).toString(), column,
                                           error.value(u"value"_s).toString())});
    }
    std::stable_sort(
        preview.problems.begin(), preview.problems.end(),
        [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
    if (preview.problems.size() > ImportPreview::kShownProblems)
        preview.problems.resize(ImportPreview::kShownProblems);
    return preview;
}

} // namespace

ListingImportService::ListingImportService(DbWorker& worker)
    : m_worker(worker)
{}

QFuture<Result<ImportPreview>> ListingImportService::preview(const QString& path)
{
    return m_worker.transactCancellable([path](SqlExecutor& sql, const TaskControl& control) {
        return previewFile(sql, path, control);
    });
}

QFuture<Result<ImportPreview>> ListingImportService::apply(const ImportPreview& preview)
{
    if (!preview.canApply()) {
        return DbWorker::refuse<Result<ImportPreview>>(ServiceError(
            Code::Validation, tr("Correct the rows with problems first; nothing was imported.")));
    }
    return m_worker.transactCancellable([preview](SqlExecutor& sql, const TaskControl& control) {
        return applyPreview(sql, preview, control);
    });
}

Result<ImportPreview> ListingImportService::previewFile(SqlExecutor& sql, const QString& path,
                                                        const TaskControl& control)
{
    if (QFileInfo::exists(path) && !QFileInfo(path).isFile()) // a pipe has no size to check
        return std::unexpected(ServiceError(Code::Validation, tr("%1 is not a file.").arg(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            ServiceError(Code::Validation, tr("Cannot read %1: %2").arg(path, file.errorString())));
    if (file.size() > kMaxFileBytes)
        return std::unexpected(ServiceError(
            Code::Validation, tr("%1 is larger than %2 MB; split it into several files.")
                                  .arg(QFileInfo(path).fileName())
                                  .arg(kMaxFileBytes >> 20)));
    auto table = CsvReader::read(file.readAll());
    if (!table)
        return std::unexpected(table.error());
    // Reading the rows is the first half of the progress, the database the second.
    auto parsed = ListingCsv::parse(*table, TaskControl([&control] { return control.isCanceled(); },
                                                        [&control](qint64 done, qint64 total) {
                                                            control.setProgress(done, 2 * total);
                                                        }));
    if (!parsed)
        return std::unexpected(control.isCanceled() ? cancelled() : parsed.error());
    ImportPreview preview;
    preview.rows = parsed->rows;
    preview.payload = parsed->payload;
    preview.problemCount = parsed->problemCount;
    preview.problems = parsed->problems;
    if (preview.rows == 0)
        return preview;
    control.setProgress(1, 2);
    return resolve(sql, std::move(preview), false, control);
}

Result<ImportPreview> ListingImportService::applyPreview(SqlExecutor& sql,
                                                         const ImportPreview& preview,
                                                         const TaskControl& control)
{
    // The database checks every row again: the catalog may have changed
    // since the preview. With a problem it writes nothing at all.
    ImportPreview checked = preview;
    checked.problemCount = 0;
    checked.problems.clear();
    return resolve(sql, std::move(checked), true, control);
}

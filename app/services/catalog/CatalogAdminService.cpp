#include "CatalogAdminService.h"

#include "db/DbWorker.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;
using Code = ServiceError::Code;

namespace {

std::optional<ServiceError> checkName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100) {
        return ServiceError(Code::Validation,
                            CatalogAdminService::tr("Enter a name of 1 to 100 characters."))
            .withField(u"name"_s);
    }
    return std::nullopt;
}

// The same refusals, said for categories and for brands.
ServiceError explain(const ServiceError& error, bool brand)
{
    if (error.sqlState() == u"23505"_s) {
        return ServiceError(Code::Conflict,
                            brand
                                ? CatalogAdminService::tr("A brand with this name exists already.")
                                : CatalogAdminService::tr(
                                      "There is already a category with this name here."),
                            error.detail(), error.sqlState())
            .withField(u"name"_s);
    }
    if (error.sqlState() == u"23503"_s && brand) {
        return ServiceError(
            Code::Conflict,
            CatalogAdminService::tr("Products still carry this brand; it cannot be deleted."),
            error.detail(), error.sqlState());
    }
    return error;
}

// An UPDATE or DELETE that touched nothing: gone, or not allowed (RLS hides both alike).
VoidResult touchedOne(const Result<int>& affected, bool brand)
{
    if (!affected)
        return std::unexpected(explain(affected.error(), brand));
    if (*affected == 0) {
        return std::unexpected(ServiceError(
            Code::NotFound,
            CatalogAdminService::tr("It no longer exists, or you may not change it.")));
    }
    return {};
}

} // namespace

CatalogAdminService::CatalogAdminService(DbWorker& worker)
    : m_worker(worker)
{}

QFuture<Result<qint64>> CatalogAdminService::createCategory(qint64 parentId, const QString& name)
{
    if (auto problem = checkName(name))
        return DbWorker::refuse<Result<qint64>>(*problem);
    return m_worker.transact([parentId, name](SqlExecutor& sql) -> Result<qint64> {
        const QVariant parent =
            parentId ? QVariant(parentId) : QVariant(QMetaType(QMetaType::LongLong));
        auto row = sql.queryOne(
            u"INSERT INTO hexastore.categories (parent_id, name) VALUES (?, ?) RETURNING id"_s,
            {parent, name.trimmed()});
        if (!row)
            return std::unexpected(explain(row.error(), false));
        return row->value(0).toLongLong();
    });
}

QFuture<VoidResult> CatalogAdminService::renameCategory(qint64 id, const QString& name)
{
    if (auto problem = checkName(name))
        return DbWorker::refuse<VoidResult>(*problem);
    return m_worker.transact([id, name](SqlExecutor& sql) {
        return touchedOne(sql.execute(u"UPDATE hexastore.categories SET name = ? WHERE id = ?"_s,
                                      {name.trimmed(), id}),
                          false);
    });
}

QFuture<VoidResult> CatalogAdminService::moveCategory(qint64 id, qint64 newParentId)
{
    if (id == newParentId) {
        return DbWorker::refuse<VoidResult>(
            ServiceError(Code::Validation, tr("A category cannot be moved below itself.")));
    }
    return m_worker.transact([id, newParentId](SqlExecutor& sql) {
        const QVariant parent =
            newParentId ? QVariant(newParentId) : QVariant(QMetaType(QMetaType::LongLong));
        return touchedOne(
            sql.execute(u"UPDATE hexastore.categories SET parent_id = ? WHERE id = ?"_s,
                        {parent, id}),
            false);
    });
}

QFuture<VoidResult> CatalogAdminService::deleteCategory(qint64 id)
{
    return m_worker.transact([id](SqlExecutor& sql) {
        return touchedOne(sql.execute(u"DELETE FROM hexastore.categories WHERE id = ?"_s, {id}),
                          false);
    });
}

QFuture<Result<qint64>> CatalogAdminService::createBrand(const QString& name)
{
    if (auto problem = checkName(name))
        return DbWorker::refuse<Result<qint64>>(*problem);
    return m_worker.transact([name](SqlExecutor& sql) -> Result<qint64> {
        auto row = sql.queryOne(u"INSERT INTO hexastore.brands (name) VALUES (?) RETURNING id"_s,
                                {name.trimmed()});
        if (!row)
            return std::unexpected(explain(row.error(), true));
        return row->value(0).toLongLong();
    });
}

QFuture<VoidResult> CatalogAdminService::renameBrand(qint64 id, const QString& name)
{
    if (auto problem = checkName(name))
        return DbWorker::refuse<VoidResult>(*problem);
    return m_worker.transact([id, name](SqlExecutor& sql) {
        return touchedOne(sql.execute(u"UPDATE hexastore.brands SET name = ? WHERE id = ?"_s,
                                      {name.trimmed(), id}),
                          true);
    });
}

QFuture<VoidResult> CatalogAdminService::deleteBrand(qint64 id)
{
    return m_worker.transact([id](SqlExecutor& sql) {
        return touchedOne(sql.execute(u"DELETE FROM hexastore.brands WHERE id = ?"_s, {id}), true);
    });
}

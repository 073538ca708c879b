#pragma once

#include "domain/ServiceError.h"

#include <QCoreApplication>
#include <QFuture>

class DbWorker;

// Administrators' work on the category tree and the brands. The database
// allows it to admins only; this class turns its refusals into sentences.
class CatalogAdminService final {
    Q_DECLARE_TR_FUNCTIONS(CatalogAdminService)

public:
    explicit CatalogAdminService(DbWorker& worker);

    // parentId 0: a top-level category.
    QFuture<Result<qint64>> createCategory(qint64 parentId, const QString& name);
    QFuture<VoidResult> renameCategory(qint64 id, const QString& name);
    QFuture<VoidResult> moveCategory(qint64 id, qint64 newParentId);
    QFuture<VoidResult> deleteCategory(qint64 id);

    QFuture<Result<qint64>> createBrand(const QString& name);
    QFuture<VoidResult> renameBrand(qint64 id, const QString& name);
    QFuture<VoidResult> deleteBrand(qint64 id);

private:
    DbWorker& m_worker;
};

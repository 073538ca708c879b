#include "AuditLogService.h"

#include "db/DbWorker.h"
#include "db/SqlValues.h"
#include "services/common/CsvField.h"

#include <QSaveFile>
#include <QSqlRecord>

using namespace Qt::StringLiterals;
using Code = ServiceError::Code;

namespace {

constexpr int kExportPage = 2000;

struct Filter {
    QString where;
    QVariantList params;
};

Filter filterFor(const AuditQuery& query)
{
    QStringList where{u"true"_s};
    QVariantList params;
    const QString actor = query.actor.trimmed();
    if (!actor.isEmpty()) {
        where << u"a.actor_id IN (SELECT id FROM hexastore.users WHERE full_name ILIKE ? "
                 "OR email ILIKE ?)"_s;
        params << SqlValues::likePattern(actor) << SqlValues::likePattern(actor);
    }
    const QString action = query.action.trimmed();
    if (action.endsWith(u'.')) {
        where << u"a.action LIKE ?"_s;
        params << QString(QString(action).replace(u"_"_s, u"\\_"_s) + u'%');
    } else if (!action.isEmpty()) {
        where << u"a.action = ?"_s;
        params << action;
    }
    if (!query.entity.trimmed().isEmpty()) {
        where << u"a.entity = ?"_s;
        params << query.entity.trimmed();
    }
    if (query.entityId) {
        where << u"a.entity_id = ?"_s;
        params << *query.entityId;
    }
    // Whole local days: from the start of `from` to the end of `to`.
    if (query.from.isValid()) {
        where << u"a.created_at >= ?::timestamptz"_s;
        params << query.from.startOfDay().toUTC().toString(Qt::ISODateWithMs);
    }
    if (query.to.isValid()) {
        where << u"a.created_at < ?::timestamptz"_s;
        params << query.to.addDays(1).startOfDay().toUTC().toString(Qt::ISODateWithMs);
    }
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        where << u"(a.reason ILIKE ? OR a.details::text ILIKE ?)"_s;
        params << SqlValues::likePattern(text) << SqlValues::likePattern(text);
    }
    return {where.join(u" AND "_s), params};
}

const QString kSelect =
    u"SELECT a.id, a.chain_seq, a.created_at, a.actor_id, coalesce(u.full_name, '') AS actor, "
    "a.action, a.entity, a.entity_id, a.reason, a.details::text AS details "
    "FROM hexastore.audit_log a LEFT JOIN hexastore.users u ON u.id = a.actor_id WHERE "_s;

AuditEntry entryFrom(const QSqlRecord& r)
{
    AuditEntry e;
    e.id = r.value(u"id"_s).toLongLong();
    e.chainSeq = r.value(u"chain_seq"_s).toLongLong();
    e.at = r.value(u"created_at"_s).toDateTime();
    e.actorId = r.value(u"actor_id"_s).toLongLong();
    e.actorName = r.value(u"actor"_s).toString();
    e.action = r.value(u"action"_s).toString();
    e.entity = r.value(u"entity"_s).toString();
    e.entityId = r.value(u"entity_id"_s).toLongLong();
    e.reason = r.value(u"reason"_s).toString();
    e.details = r.value(u"details"_s).toString();
    return e;
}

Result<QList<AuditEntry>> page(SqlExecutor& db, const Filter& filter,
                               std::optional<qint64> beforeSeq, int limit)
{
    QString sql = kSelect + filter.where;
    QVariantList params = filter.params;
    // By place in the chain, which is the order of commits: a row committed
    // late (with a lower id) cannot fall between pages already read.
    if (beforeSeq) {
        sql += u" AND a.chain_seq < ?"_s;
        params << *beforeSeq;
    }
    sql += u" ORDER BY a.chain_seq DESC LIMIT ?"_s;
    params << limit;
    auto rows = db.query(sql, params);
    if (!rows)
        return std::unexpected(rows.error());
    QList<AuditEntry> out;
    out.reserve(rows->size());
    for (const QSqlRecord& r : *rows)
        out.append(entryFrom(r));
    return out;
}

} // namespace

AuditLogService::AuditLogService(DbWorker& worker)
    : m_worker(worker)
{}

QFuture<Result<QList<AuditEntry>>>
AuditLogService::entries(const AuditQuery& query, std::optional<qint64> beforeSeq, int limit)
{
    const Filter filter = filterFor(query);
    const int bounded = std::clamp(limit, 1, 1000);
    return m_worker.transact([filter, beforeSeq, bounded](SqlExecutor& db) {
        return page(db, filter, beforeSeq, bounded);
    });
}

QFuture<Result<QStringList>> AuditLogService::actions()
{
    return m_worker.transact([](SqlExecutor& db) -> Result<QStringList> {
        auto rows = db.query(u"SELECT DISTINCT action FROM hexastore.audit_log ORDER BY 1"_s);
        if (!rows)
            return std::unexpected(rows.error());
        QStringList out;
        for (const QSqlRecord& r : *rows)
            out << r.value(0).toString();
        return out;
    });
}

QString AuditLogService::csvHeader()
{
    return u"id,chain_seq,time_utc,actor_id,actor,action,entity,entity_id,reason,details\r\n"_s;
}

QString AuditLogService::csvLine(const AuditEntry& e)
{
    const QStringList fields{QString::number(e.id),
                             QString::number(e.chainSeq),
                             e.at.toUTC().toString(Qt::ISODateWithMs),
                             e.actorId ? QString::number(e.actorId) : QString(),
                             e.actorName,
                             e.action,
                             e.entity,
                             e.entityId ? QString::number(e.entityId) : QString(),
                             e.reason,
                             e.details};
    QStringList out;
    for (const QString& f : fields)
        out << CsvField::escaped(f);
    return out.join(u',') + u"\r\n"_s;
}

QFuture<Result<qint64>> AuditLogService::exportCsv(const AuditQuery& query, const QString& path)
{
    const Filter filter = filterFor(query);
    return m_worker.transactCancellable([filter,
                                         path](SqlExecutor& db,
                                               const TaskControl& control) -> Result<qint64> {
        auto total = db.queryOne(
            u"SELECT count(*) FROM hexastore.audit_log a WHERE "_s + filter.where, filter.params);
        if (!total)
            return std::unexpected(total.error());
        const qint64 count = total->value(0).toLongLong();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return std::unexpected(ServiceError(
                Code::Validation, tr("The file cannot be written: %1").arg(file.errorString())));
        }
        file.write(csvHeader().toUtf8());
        qint64 written = 0;
        std::optional<qint64> before;
        control.setProgress(0, count);
        for (;;) {
            if (control.isCanceled()) {
                file.cancelWriting(); // nothing half-written is left behind
                return std::unexpected(ServiceError(
                    Code::Validation, tr("The export was cancelled; no file was written.")));
            }
            auto rows = page(db, filter, before, kExportPage);
            if (!rows)
                return std::unexpected(rows.error());
            for (const AuditEntry& e : *rows)
                file.write(csvLine(e).toUtf8());
            written += rows->size();
            control.setProgress(std::min(written, count), count);
            if (rows->size() < kExportPage)
                break;
            before = rows->last().chainSeq;
        }
        if (!file.commit()) {
            return std::unexpected(ServiceError(
                Code::Validation, tr("The file cannot be written: %1").arg(file.errorString())));
        }
        return written;
    });
}

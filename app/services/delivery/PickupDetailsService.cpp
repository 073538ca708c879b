#include "PickupDetailsService.h"

#include "db/DbWorker.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

PickupDetailsService::PickupDetailsService(DbWorker& worker)
    : m_worker(worker)
{}

QFuture<Result<PickupDetails>> PickupDetailsService::mine()
{
    return m_worker.transact([](SqlExecutor& db) -> Result<PickupDetails> {
        auto rows = db.query(u"SELECT coalesce(pickup_address, ''), coalesce(pickup_phone, '') "
                             "FROM hexastore.seller_profiles"_s);
        if (!rows)
            return std::unexpected(rows.error());
        PickupDetails details;
        if (!rows->isEmpty()) {
            details.address = rows->first().value(0).toString();
            details.phone = rows->first().value(1).toString();
        }
        return details;
    });
}

QFuture<VoidResult> PickupDetailsService::save(const PickupDetails& details)
{
    if (details.address.size() > kMaxAddress) {
        return DbWorker::refuse<VoidResult>(
            ServiceError(ServiceError::Code::Validation,
                         tr("A pickup address can have at most 500 characters."))
                .withField(u"pickup_address"_s));
    }
    return m_worker.transact([details](SqlExecutor& db) -> VoidResult {
        // The seller's own row (RLS): made, or changed if it exists; one
        // statement, so two saves at once cannot both try to make it.
        auto saved = db.execute(
            u"INSERT INTO hexastore.seller_profiles (pickup_address, pickup_phone) VALUES (?, ?) "
            "ON CONFLICT (seller_id) DO UPDATE SET pickup_address = excluded.pickup_address, "
            "pickup_phone = excluded.pickup_phone"_s,
            {details.address, details.phone});
        if (!saved)
            return std::unexpected(saved.error());
        return {};
    });
}

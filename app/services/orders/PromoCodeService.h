#pragma once

#include "domain/PromoCode.h"
#include "domain/ServiceError.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>

class DbWorker;

// Administrators manage promo codes; the database allows it to them only,
// validates every field (HX351–HX357) and writes each change to the audit log.
class PromoCodeService final {
    Q_DECLARE_TR_FUNCTIONS(PromoCodeService)

public:
    explicit PromoCodeService(DbWorker& worker);

    QFuture<Result<QList<PromoCode>>> promoCodes();
    // Inserts (id 0) or updates (compared with its version); returns the id.
    QFuture<Result<qint64>> save(const PromoCode& promo);
    // A code that was ever used is deactivated instead (its history stays).
    QFuture<Result<bool>> remove(qint64 promoId);

private:
    DbWorker& m_worker;
};

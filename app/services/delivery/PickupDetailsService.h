#pragma once

#include "domain/PickupDetails.h"
#include "domain/ServiceError.h"

#include <QCoreApplication>
#include <QFuture>

class DbWorker;

// A seller's own pickup address and phone (hexastore.seller_profiles; the
// database lets a seller read and write their own row only and checks the
// phone). Couriers see them for the deliveries they collect.
class PickupDetailsService final {
    Q_DECLARE_TR_FUNCTIONS(PickupDetailsService)

public:
    static constexpr int kMaxAddress = 500;

    explicit PickupDetailsService(DbWorker& worker);

    // Empty details when the seller has given none yet.
    QFuture<Result<PickupDetails>> mine();
    QFuture<VoidResult> save(const PickupDetails& details);

private:
    DbWorker& m_worker;
};

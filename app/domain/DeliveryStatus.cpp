#include "DeliveryStatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
constexpr DeliveryStatus kAll[] = {DeliveryStatus::Unassigned,    DeliveryStatus::Assigned,
                                   DeliveryStatus::PickedUp,      DeliveryStatus::OutForDelivery,
                                   DeliveryStatus::FailedAttempt, DeliveryStatus::Delivered,
                                   DeliveryStatus::Returned,      DeliveryStatus::Cancelled};
}

QString deliveryStatusToSql(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Unassigned:
        return u"unassigned"_s;
    case DeliveryStatus::Assigned:
        return u"assigned"_s;
    case DeliveryStatus::PickedUp:
        return u"picked_up"_s;
    case DeliveryStatus::OutForDelivery:
        return u"out_for_delivery"_s;
    case DeliveryStatus::FailedAttempt:
        return u"failed_attempt"_s;
    case DeliveryStatus::Delivered:
        return u"delivered"_s;
    case DeliveryStatus::Returned:
        return u"returned"_s;
    case DeliveryStatus::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

std::optional<DeliveryStatus> deliveryStatusFromSql(const QString& text)
{
    for (DeliveryStatus status : kAll) {
        if (deliveryStatusToSql(status) == text)
            return status;
    }
    return std::nullopt;
}

QString deliveryStatusDisplayName(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Unassigned:
        return QCoreApplication::translate("DeliveryStatus", "Waiting for a courier");
    case DeliveryStatus::Assigned:
        return QCoreApplication::translate("DeliveryStatus", "Assigned");
    case DeliveryStatus::PickedUp:
        return QCoreApplication::translate("DeliveryStatus", "Picked up");
    case DeliveryStatus::OutForDelivery:
        return QCoreApplication::translate("DeliveryStatus", "Out for delivery");
    case DeliveryStatus::FailedAttempt:
        return QCoreApplication::translate("DeliveryStatus", "Delivery attempt failed");
    case DeliveryStatus::Delivered:
        return QCoreApplication::translate("DeliveryStatus", "Delivered");
    case DeliveryStatus::Returned:
        return QCoreApplication::translate("DeliveryStatus", "Returned to the seller");
    case DeliveryStatus::Cancelled:
        return QCoreApplication::translate("DeliveryStatus", "Cancelled");
    }
    return {};
}

bool deliveryStatusIsFinal(DeliveryStatus status)
{
    return status == DeliveryStatus::Delivered || status == DeliveryStatus::Returned ||
           status == DeliveryStatus::Cancelled;
}

QString failureReasonDisplayName(const QString& reason)
{
    if (reason == u"recipient_absent"_s)
        return QCoreApplication::translate("DeliveryStatus", "Nobody was there");
    if (reason == u"address_not_found"_s)
        return QCoreApplication::translate("DeliveryStatus", "Address not found");
    if (reason == u"refused"_s)
        return QCoreApplication::translate("DeliveryStatus", "Refused");
    if (reason == u"damaged"_s)
        return QCoreApplication::translate("DeliveryStatus", "Damaged");
    if (reason == u"other"_s)
        return QCoreApplication::translate("DeliveryStatus", "Other reason");
    return reason;
}

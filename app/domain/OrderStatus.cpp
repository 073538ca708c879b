#include "OrderStatus.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
constexpr OrderStatus kAll[] = {OrderStatus::Pending, OrderStatus::Confirmed, OrderStatus::Shipped,
                                OrderStatus::Delivered, OrderStatus::Cancelled};
}

QString orderStatusToSql(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Pending:
        return u"pending"_s;
    case OrderStatus::Confirmed:
        return u"confirmed"_s;
    case OrderStatus::Shipped:
        return u"shipped"_s;
    case OrderStatus::Delivered:
        return u"delivered"_s;
    case OrderStatus::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

std::optional<OrderStatus> orderStatusFromSql(const QString& text)
{
    for (OrderStatus status : kAll) {
        if (orderStatusToSql(status) == text)
            return status;
    }
    return std::nullopt;
}

QString orderStatusDisplayName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Pending:
        return QCoreApplication::translate("OrderStatus", "Pending");
    case OrderStatus::Confirmed:
        return QCoreApplication::translate("OrderStatus", "Confirmed");
    case OrderStatus::Shipped:
        return QCoreApplication::translate("OrderStatus", "Shipped");
    case OrderStatus::Delivered:
        return QCoreApplication::translate("OrderStatus", "Delivered");
    case OrderStatus::Cancelled:
        return QCoreApplication::translate("OrderStatus", "Cancelled");
    }
    return {};
}

QString orderStatusActionName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Pending:
        return QCoreApplication::translate("OrderStatus", "Reopen");
    case OrderStatus::Confirmed:
        return QCoreApplication::translate("OrderStatus", "Confirm");
    case OrderStatus::Shipped:
        return QCoreApplication::translate("OrderStatus", "Mark shipped");
    case OrderStatus::Delivered:
        return QCoreApplication::translate("OrderStatus", "Mark delivered");
    case OrderStatus::Cancelled:
        return QCoreApplication::translate("OrderStatus", "Cancel order");
    }
    return {};
}

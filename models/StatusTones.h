#pragma once

#include "domain/DeliveryStatus.h"
#include "domain/OrderStatus.h"
#include "StatusColors.h"

// The tone of a status badge (ModelRoles::ToneRole): waiting for someone is
// a warning, under way is information, done is success, stopped is neutral
// or danger.
namespace StatusTones {

inline StatusColors::Tone of(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Pending:
        return StatusColors::Tone::Warning;
    case OrderStatus::Confirmed:
    case OrderStatus::Shipped:
        return StatusColors::Tone::Info;
    case OrderStatus::Delivered:
        return StatusColors::Tone::Success;
    case OrderStatus::Cancelled:
        return StatusColors::Tone::Neutral;
    }
    return StatusColors::Tone::Neutral;
}

inline StatusColors::Tone of(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Unassigned:
        return StatusColors::Tone::Warning;
    case DeliveryStatus::Assigned:
    case DeliveryStatus::PickedUp:
    case DeliveryStatus::OutForDelivery:
        return StatusColors::Tone::Info;
    case DeliveryStatus::FailedAttempt:
        return StatusColors::Tone::Danger;
    case DeliveryStatus::Delivered:
        return StatusColors::Tone::Success;
    case DeliveryStatus::Returned:
    case DeliveryStatus::Cancelled:
        return StatusColors::Tone::Neutral;
    }
    return StatusColors::Tone::Neutral;
}

} // namespace StatusTones

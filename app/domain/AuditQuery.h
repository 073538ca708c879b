#pragma once

#include <QDate>
#include <QString>

#include <optional>

// Which audit rows the administrators' audit screen lists (newest first).
struct AuditQuery {
    QString actor;  // part of the actor's name or e-mail
    QString action; // an action ("user.disable") or its group ("user.")
    QString entity; // "user", "order", … ; empty: all
    std::optional<qint64> entityId;
    QDate from;   // inclusive, in the local time zone; null: open
    QDate to;     // inclusive
    QString text; // part of the reason or the details
};

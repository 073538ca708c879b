#pragma once

#include <QDateTime>
#include <QString>

// A row of the audit log: who did what to which entity, when and why; the
// details hold the before and after as JSON text.
struct AuditEntry {
    qint64 id = 0;
    qint64 chainSeq = 0;
    QDateTime at;
    qint64 actorId = 0; // 0: the operator (no signed-in user)
    QString actorName;
    QString action; // "user.disable", "order.status", …
    QString entity; // "user", "order", …
    qint64 entityId = 0;
    QString reason;
    QString details; // jsonb as text
};

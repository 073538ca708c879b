#include "AuditLogTableModel.h"

#include "ModelRoles.h"
#include "services/admin/AuditLogService.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

AuditLogTableModel::AuditLogTableModel(AuditLogService& audit, QObject* parent)
    : KeysetTableModel(kPageSize, parent)
    , m_audit(audit)
{}

int AuditLogTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogTableModel::actionText(const QString& action)
{
    static const QHash<QString, const char*> known{
        {u"user.create"_s, QT_TR_NOOP("Created a user")},
        {u"user.disable"_s, QT_TR_NOOP("Disabled a user")},
        {u"user.enable"_s, QT_TR_NOOP("Enabled a user")},
        {u"user.role"_s, QT_TR_NOOP("Changed a role")},
        {u"user.revoke_sessions"_s, QT_TR_NOOP("Ended a user's sessions")},
        {u"user.reset_password"_s, QT_TR_NOOP("Reset a password")},
        {u"user.password_reset"_s, QT_TR_NOOP("Chose a new password with an e-mailed code")},
        {u"order.status"_s, QT_TR_NOOP("Changed an order's status")},
        {u"delivery.assign"_s, QT_TR_NOOP("Assigned a delivery")},
        {u"delivery.reassign"_s, QT_TR_NOOP("Reassigned a delivery")},
        {u"delivery.unassign"_s, QT_TR_NOOP("Unassigned a delivery")},
        {u"delivery.hand_over"_s, QT_TR_NOOP("Handed over a delivery")},
        {u"courier.profile"_s, QT_TR_NOOP("Changed a courier's profile")},
        {u"courier.cash_received"_s, QT_TR_NOOP("Received a courier's cash")},
        {u"promo.create"_s, QT_TR_NOOP("Created a promo code")},
        {u"promo.update"_s, QT_TR_NOOP("Changed a promo code")},
        {u"promo.delete"_s, QT_TR_NOOP("Deleted a promo code")},
        {u"category.create"_s, QT_TR_NOOP("Created a category")},
        {u"category.update"_s, QT_TR_NOOP("Changed a category")},
        {u"category.delete"_s, QT_TR_NOOP("Deleted a category")},
        {u"brand.create"_s, QT_TR_NOOP("Created a brand")},
        {u"brand.update"_s, QT_TR_NOOP("Changed a brand")},
        {u"brand.delete"_s, QT_TR_NOOP("Deleted a brand")},
        {u"product.hide"_s, QT_TR_NOOP("Hid a listing")},
        {u"product.show"_s, QT_TR_NOOP("Showed a listing again")},
    };
    const auto it = known.constFind(action);
    return it == known.cend() ? action : tr(*it);
}

QVariant AuditLogTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case Actor:
            return e.actorId ? e.actorName : tr("Operator");
        case Action:
            return actionText(e.action);
        case Entity:
            return e.entityId ? u"%1 #%2"_s.arg(e.entity).arg(e.entityId) : e.entity;
        case Reason:
            return e.reason;
        case Details:
            // One line in the table; the whole text in the tooltip.
            return e.details.size() > 120 ? e.details.left(119) + u'…' : e.details;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Details || index.column() == Reason)
            return index.column() == Details ? e.details : e.reason;
        if (index.column() == Action)
            return e.action;
        break;
    case ModelRoles::SortRole:
        return index.column() == Time ? QVariant(e.at) : data(index, Qt::DisplayRole);
    case ModelRoles::IdRole:
        return e.id;
    default:
        break;
    }
    return {};
}

QVariant AuditLogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Actor:
        return tr("Who");
    case Action:
        return tr("What");
    case Entity:
        return tr("On");
    case Reason:
        return tr("Reason");
    case Details:
        return tr("Before and after");
    }
    return {};
}

void AuditLogTableModel::setQuery(const AuditQuery& query)
{
    m_query = query;
    reload();
}

void AuditLogTableModel::reload()
{
    reloadRows();
}

QFuture<AuditLogTableModel::Page> AuditLogTableModel::fetchPage(const AuditEntry* last, int limit)
{
    return m_audit.entries(m_query, last ? std::optional<qint64>(last->chainSeq) : std::nullopt,
                           limit);
}

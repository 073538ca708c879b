#include "PromoCodeTableModel.h"
#include "StatusColors.h"

#include "ModelRoles.h"
#include "services/orders/PromoCodeService.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

PromoCodeTableModel::PromoCodeTableModel(PromoCodeService& promoCodes, QObject* parent)
    : QAbstractTableModel(parent)
    , m_promoCodes(promoCodes)
{}

int PromoCodeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PromoCodeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const PromoCode* PromoCodeTableModel::promoAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PromoCodeTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

QString PromoCodeTableModel::discountText(const PromoCode& promo)
{
    const QLocale locale;
    return promo.kind == PromoCode::Kind::Percent ? tr("%1 %").arg(locale.toString(promo.percent))
                                                  : promo.amount.toDisplayString(locale);
}

QVariant PromoCodeTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PromoCode& p = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code:
            return p.code;
        case Discount:
            return discountText(p);
        case MinSubtotal:
            return p.minSubtotal.cents() ? p.minSubtotal.toDisplayString(locale) : QString();
        case Validity: {
            const QString from =
                p.validFrom.isValid()
                    ? locale.toString(p.validFrom.toLocalTime().date(), QLocale::ShortFormat)
                    : QString();
            const QString until =
                p.validUntil.isValid()
                    ? locale.toString(p.validUntil.toLocalTime().date(), QLocale::ShortFormat)
                    : QString();
            if (from.isEmpty() && until.isEmpty())
                return tr("Always");
            if (from.isEmpty())
                return tr("until %1").arg(until);
            if (until.isEmpty())
                return tr("from %1").arg(from);
            return tr("%1 – %2").arg(from, until);
        }
        case Used:
            return p.usageLimit
                       ? tr("%1 of %2")
                             .arg(locale.toString(p.usedCount), locale.toString(*p.usageLimit))
                       : locale.toString(p.usedCount);
        case PerBuyer:
            return p.perBuyerLimit ? locale.toString(*p.perBuyerLimit) : QString();
        case Active:
            return p.active ? tr("Active") : tr("Off");
        }
        break;
    case ModelRoles::SortRole:
        switch (index.column()) {
        case MinSubtotal:
            return p.minSubtotal.cents();
        case Used:
            return p.usedCount;
        case Validity:
            return p.validUntil;
        default:
            return data(index, Qt::DisplayRole);
        }
    case ModelRoles::IdRole:
        return p.id;
    case Qt::ForegroundRole:
        if (!p.active)
            return QBrush(StatusColors::muted());
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Discount || index.column() == MinSubtotal || index.column() == Used ||
            index.column() == PerBuyer)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant PromoCodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Discount:
        return tr("Discount");
    case MinSubtotal:
        return tr("Minimum order");
    case Validity:
        return tr("Valid");
    case Used:
        return tr("Used");
    case PerBuyer:
        return tr("Per buyer");
    case Active:
        return tr("State");
    }
    return {};
}

void PromoCodeTableModel::reload()
{
    m_latest.run(m_promoCodes.promoCodes(), this, [this](const Result<QList<PromoCode>>& result) {
        if (!result) {
            emit loadFailed(result.error().message());
            return;
        }
        beginResetModel();
        m_rows = *result;
        endResetModel();
        emit loaded();
    });
}

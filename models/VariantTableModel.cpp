#include "VariantTableModel.h"

#include "ModelRoles.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QStringList>

using namespace Qt::StringLiterals;

VariantTableModel::VariantTableModel(bool editable, QObject* parent)
    : QAbstractTableModel(parent)
    , m_editable(editable)
{}

int VariantTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_variants.size());
}

int VariantTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VariantTableModel::optionsText(const QVariantMap& options)
{
    QStringList parts;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        parts << it.key() + u": "_s + it.value().toString();
    return parts.join(u", "_s);
}

QVariantMap VariantTableModel::parseOptions(const QString& text)
{
    QVariantMap options;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(u':');
        const QString key = (colon < 0 ? part : part.left(colon)).trimmed().toLower();
        const QString value = colon < 0 ? QString() : part.mid(colon + 1).trimmed();
        if (!key.isEmpty())
            options.insert(key, value);
    }
    return options;
}

QVariant VariantTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProductVariant& v = m_variants.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Sku:
            return v.sku;
        case Options:
            return optionsText(v.options);
        case Price:
            if (role == Qt::EditRole)
                return v.price.cents();
            return m_editable && v.price.cents() == 0 ? tr("enter a price")
                                                      : v.price.toDisplayString(locale);
        case Stock:
            return v.stock;
        case Active:
            return role == Qt::EditRole ? QVariant(v.active)
                                        : QVariant(v.active ? tr("Yes") : tr("No"));
        }
    }
    if (role == ModelRoles::SortRole) {
        switch (index.column()) {
        case Price:
            return v.price.cents();
        case Active:
            return v.active;
        default:
            return data(index, Qt::EditRole);
        }
    }
    if (role == Qt::ForegroundRole && m_editable && index.column() == Price && v.price.cents() == 0)
        return QGuiApplication::palette().brush(QPalette::PlaceholderText);
    if (role == Qt::CheckStateRole && index.column() == Active && m_editable)
        return v.active ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && (index.column() == Price || index.column() == Stock))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ModelRoles::IdRole)
        return v.id;
    return {};
}

QVariant VariantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sku:
        return tr("SKU");
    case Options:
        return tr("Options");
    case Price:
        return tr("Price");
    case Stock:
        return tr("Stock");
    case Active:
        return tr("For sale");
    }
    return {};
}

Qt::ItemFlags VariantTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_editable || !index.isValid())
        return f;
    if (index.column() == Active)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool VariantTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_editable ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ProductVariant& v = m_variants[index.row()];
    if (role == Qt::CheckStateRole && index.column() == Active) {
        v.active = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case Sku:
            v.sku = value.toString().trimmed();
            break;
        case Options:
            v.options = parseOptions(value.toString());
            break;
        case Price:
            v.price = Money::fromCents(value.toLongLong());
            break;
        case Stock:
            v.stock = value.toInt();
            break;
        case Active:
            v.active = value.toBool();
            break;
        default:
            return false;
        }
    } else {
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

bool VariantTableModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_variants.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_variants.remove(row, count);
    endRemoveRows();
    return true;
}

void VariantTableModel::setVariants(QList<ProductVariant> variants)
{
    beginResetModel();
    m_variants = std::move(variants);
    endResetModel();
}

QModelIndex VariantTableModel::addVariant()
{
    const int row = int(m_variants.size());
    beginInsertRows({}, row, row);
    ProductVariant v;
    v.active = true;
    m_variants.append(v);
    endInsertRows();
    return index(row, Sku);
}

int VariantTableModel::firstUnpricedRow() const
{
    for (int row = 0; row < m_variants.size(); ++row) {
        if (m_variants.at(row).price.cents() <= 0)
            return row;
    }
    return -1;
}

const ProductVariant* VariantTableModel::variantAt(int row) const
{
    return row >= 0 && row < m_variants.size() ? &m_variants.at(row) : nullptr;
}

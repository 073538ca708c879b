#include "CartTableModel.h"
#include "StatusColors.h"

#include "db/WhenReady.h"
#include "ModelRoles.h"
#include "services/media/ImageCache.h"
#include "services/orders/CartService.h"
#include "VariantTableModel.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

CartTableModel::CartTableModel(CartService& cart, ImageCache* images, QObject* parent)
    : QAbstractTableModel(parent)
    , m_cart(cart)
    , m_images(images)
{
    if (m_images)
        connect(m_images, &ImageCache::thumbnailReady, this, &CartTableModel::onThumbnail);
}

int CartTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CartTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const CartLine* CartTableModel::lineAt(int row) const
{
    return row >= 0 && row < m_lines.size() ? &m_lines.at(row) : nullptr;
}

bool CartTableModel::isReadyForCheckout() const
{
    if (m_lines.isEmpty() || !m_saving.isEmpty())
        return false;
    return std::all_of(m_lines.begin(), m_lines.end(),
                       [](const CartLine& l) { return l.state == CartLine::State::Ok; });
}

QString CartTableModel::noteFor(const CartLine& line)
{
    const QLocale locale;
    switch (line.state) {
    case CartLine::State::Unavailable:
        return tr("No longer sold");
    case CartLine::State::OutOfStock:
        return tr("Sold out");
    case CartLine::State::Short:
        return tr("Only %1 left").arg(locale.toString(line.stock));
    case CartLine::State::Ok:
        break;
    }
    if (line.priceChanged()) {
        return line.price > line.addedPrice
                   ? tr("Price went up from %1").arg(line.addedPrice.toDisplayString(locale))
                   : tr("Price went down from %1").arg(line.addedPrice.toDisplayString(locale));
    }
    return {};
}

QVariant CartTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CartLine& l = m_lines.at(index.row());
    const QLocale locale;
    const bool problem = l.state != CartLine::State::Ok;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Product: {
            const QString options = VariantTableModel::optionsText(l.options);
            return options.isEmpty() ? l.productName : l.productName + u" (" + options + u')';
        }
        case Seller:
            return l.sellerName;
        case Price:
            return l.price.toDisplayString(locale);
        case Quantity:
            return locale.toString(l.quantity);
        case LineTotal:
            return l.lineTotal().toDisplayString(locale);
        case Note:
            return noteFor(l);
        }
        break;
    case Qt::EditRole:
        return index.column() == Quantity ? QVariant(l.quantity) : data(index, Qt::DisplayRole);
    case ModelRoles::SortRole:
        switch (index.column()) {
        case Price:
            return l.price.cents();
        case Quantity:
            return l.quantity;
        case LineTotal:
            return l.lineTotal().cents();
        default:
            return data(index, Qt::DisplayRole);
        }
    case ModelRoles::IdRole:
        return l.variantId;
    case ModelRoles::MaximumRole:
        return std::max(l.stock, 1);
    case Qt::DecorationRole:
        if (index.column() == Product && m_images && !l.thumbnailSha256.isEmpty()) {
            const QPixmap thumbnail = m_images->thumbnail(l.thumbnailSha256, QSize(32, 32));
            if (!thumbnail.isNull())
                return thumbnail;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Price || index.column() == Quantity || index.column() == LineTotal)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Note && problem)
            return QBrush(StatusColors::foreground(StatusColors::Tone::Danger));
        if (index.column() == Price && l.priceChanged())
            return QBrush(l.price > l.addedPrice
                              ? StatusColors::foreground(StatusColors::Tone::Danger)
                              : StatusColors::foreground(StatusColors::Tone::Success));
        break;
    case Qt::FontRole:
        if (m_saving.contains(l.variantId) || (index.column() == Note && problem)) {
            QFont font;
            font.setItalic(m_saving.contains(l.variantId));
            font.setBold(problem);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Quantity)
            return tr("Double-click to change; %1 in stock").arg(locale.toString(l.stock));
        if (index.column() == Price && l.priceChanged())
            return tr("When you added it: %1").arg(l.addedPrice.toDisplayString(locale));
        break;
    default:
        break;
    }
    return {};
}

QVariant CartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Product:
        return tr("Item");
    case Seller:
        return tr("Seller");
    case Price:
        return tr("Price");
    case Quantity:
        return tr("Quantity");
    case LineTotal:
        return tr("Total");
    case Note:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags CartTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Quantity &&
        !m_saving.contains(m_lines.at(index.row()).variantId) &&
        m_lines.at(index.row()).state != CartLine::State::Unavailable)
        f |= Qt::ItemIsEditable;
    return f;
}

bool CartTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool ok = false;
    const int quantity = value.toInt(&ok);
    if (!ok)
        return false;
    CartLine& line = m_lines[index.row()];
    if (quantity == line.quantity)
        return true;
    m_saving.insert(line.variantId);
    line.quantity = quantity; // shown at once; the reload puts back a refused one
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    changeQuantity(line.variantId, quantity);
    return true;
}

void CartTableModel::changeQuantity(qint64 variantId, int quantity)
{
    whenReady(m_cart.setQuantity(variantId, quantity), this,
              [this, variantId](const Result<int>& result) {
                  m_saving.remove(variantId);
                  if (!result)
                      emit failed(result.error().message());
                  reload();
              });
}

void CartTableModel::removeLine(int row)
{
    const CartLine* line = lineAt(row);
    if (!line)
        return;
    whenReady(m_cart.remove(line->variantId), this, [this](const VoidResult& result) {
        if (!result)
            emit failed(result.error().message());
        reload();
    });
}

void CartTableModel::decrement(int row)
{
    const CartLine* line = lineAt(row);
    if (!line)
        return;
    whenReady(m_cart.add(line->variantId, -1), this, [this](const Result<int>& result) {
        if (!result)
            emit failed(result.error().message());
        reload();
    });
}

void CartTableModel::reload()
{
    m_loading = true;
    m_latest.run(m_cart.lines(), this, [this](const Result<QList<CartLine>>& result) {
        m_loading = false;
        if (!result) {
            emit failed(result.error().message());
            return;
        }
        beginResetModel();
        m_lines = *result;
        endResetModel();
        if (m_images) {
            QList<QByteArray> thumbs;
            for (const CartLine& l : m_lines) {
                if (!l.thumbnailSha256.isEmpty())
                    thumbs.append(l.thumbnailSha256);
            }
            m_images->prefetch(thumbs);
        }
        emit loaded();
    });
}

void CartTableModel::onThumbnail(const QByteArray& sha256)
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).thumbnailSha256 == sha256)
            emit dataChanged(index(row, Product), index(row, Product), {Qt::DecorationRole});
    }
}

#pragma once

#include <QAbstractItemView>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLayout>
#include <QPushButton>
#include <QScreen>
#include <QTableView>

// Small things every screen does the same way.
namespace WidgetHelpers {

// A button with an object name, for tests and style sheets alike.
inline QPushButton* namedButton(QWidget* parent, const QString& text, const QString& name)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    return button;
}

// The first selected row of a single-selection view, or -1.
inline int selectedRow(const QAbstractItemView* view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

// A table to read and pick one row from: whole rows selected, nothing edited
// in place, no row numbers, alternating row colours.
inline void setUpReadOnlyTable(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
}

// Bold and larger than the user's font, through the font (a style sheet
// would pin the label's colours, and a switch to dark would leave it dark).
inline void emphasize(QWidget* widget, qreal scale)
{
    QFont font = widget->font();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    widget->setFont(font);
}

// Grows a window until its layout has all the room it asks for (texts that
// arrived after it opened included), within the screen's free area.
inline void growToContent(QWidget* window)
{
    if (QLayout* layout = window->layout()) {
        layout->invalidate();
        layout->activate();
    }
    QSize wanted = window->sizeHint();
    if (window->layout() && window->layout()->hasHeightForWidth())
        wanted.setHeight(
            window->layout()->totalHeightForWidth(std::max(wanted.width(), window->width())));
    wanted = wanted.expandedTo(window->size());
    if (const QScreen* screen = window->screen())
        wanted = wanted.boundedTo(screen->availableGeometry().size());
    window->setMinimumSize(window->layout() ? window->layout()->totalMinimumSize() : QSize());
    if (wanted != window->size())
        window->resize(wanted);
}

} // namespace WidgetHelpers

#pragma once

#include <QAbstractItemView>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
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

} // namespace WidgetHelpers

#pragma once

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QPushButton>

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

} // namespace WidgetHelpers

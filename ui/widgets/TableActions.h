#pragma once

#include <QKeySequence>

class QAbstractButton;
class QAbstractItemView;

// What every list and table offers: a context menu, Ctrl+C that copies the
// selected rows as tab-separated text with the column names first (ready
// for a spreadsheet), and the screen's own actions (Delete, Edit…) on keys.
class TableActions final {
public:
    TableActions() = delete;

    // Copy and the context menu; once per view.
    static void install(QAbstractItemView* view);
    // The button's action in the view's context menu and on `keys` while the
    // view has the focus; enabled and named as the button is.
    static void addButton(QAbstractItemView* view, QAbstractButton* button,
                          const QKeySequence& keys = {});
    // The selected rows as text: a header line, then one line per row.
    static QString selectedRowsAsText(const QAbstractItemView* view);
};

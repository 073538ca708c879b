#include "KeyboardShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

KeyboardShortcutsDialog::KeyboardShortcutsDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"keyboardShortcutsDialog"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    const auto keys = [](QKeySequence::StandardKey key) {
        return QKeySequence(key).toString(QKeySequence::NativeText);
    };
    const QList<std::pair<QString, QString>> rows = {
        {tr("Ctrl+1 … Ctrl+9"), tr("Go to the first … ninth screen in the list")},
        {keys(QKeySequence::Refresh), tr("Load the screen again from the server")},
        {keys(QKeySequence::Find), tr("Go to the screen's search field")},
        {keys(QKeySequence::Copy), tr("Copy the selected rows (tab-separated, with a header)")},
        {keys(QKeySequence::SelectAll), tr("Select every row")},
        {keys(QKeySequence::Delete), tr("Delete or remove the selected item")},
        {tr("Enter"), tr("Open the selected row; in a form, its main button")},
        {tr("Escape"), tr("Close the dialog (it asks first when something is unsaved)")},
        {keys(QKeySequence::Undo), tr("My listings: undo the last change of a price, stock or "
                                      "\"for sale\"")},
        {keys(QKeySequence::Redo), tr("My listings: redo it")},
        {tr("Ctrl+End"), tr("Catalog: the end of the list")},
        {tr("Right-click"), tr("The actions of a list or table")},
        {keys(QKeySequence::HelpContents), tr("This list")},
        {keys(QKeySequence::Quit), tr("Quit HexaStore")},
    };
    auto* table = new QTableWidget(int(rows.size()), 2, this);
    table->setObjectName(u"shortcutsTable"_s);
    table->setHorizontalHeaderLabels({tr("Keys"), tr("What they do")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    table->resizeColumnToContents(0);
    table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 460);
}

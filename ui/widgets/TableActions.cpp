#include "TableActions.h"

#include "ThemedIcon.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const char* const kInstalled = "hexastoreTableActions";

// A cell on one line: tabs and line breaks would split it in a spreadsheet.
QString cellText(const QVariant& value)
{
    QString text = value.toString();
    text.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    return text;
}

} // namespace

void TableActions::install(QAbstractItemView* view)
{
    if (view->property(kInstalled).toBool())
        return;
    view->setProperty(kInstalled, true);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    if (!view->actions().isEmpty()) {
        auto* separator = new QAction(view);
        separator->setSeparator(true);
        view->addAction(separator);
    }
    auto* copy = new QAction(ThemedIcon::get(u"copy"_s),
                             QApplication::translate("TableActions", "&Copy rows"), view);
    copy->setObjectName(u"copyRows"_s);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] {
        const QString text = selectedRowsAsText(view);
        if (!text.isEmpty())
            QApplication::clipboard()->setText(text);
    });
    view->addAction(copy);
    auto* all = new QAction(QApplication::translate("TableActions", "Select &all"), view);
    all->setShortcut(QKeySequence::SelectAll);
    all->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(all, &QAction::triggered, view, &QAbstractItemView::selectAll);
    view->addAction(all);
}

void TableActions::addButton(QAbstractItemView* view, QAbstractButton* button,
                             const QKeySequence& keys)
{
    auto* action = new QAction(button->icon(), button->text(), view);
    action->setObjectName(button->objectName() + u"Action"_s);
    action->setEnabled(button->isEnabled());
    if (!keys.isEmpty()) {
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
    }
    QObject::connect(action, &QAction::triggered, button, &QAbstractButton::click);
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // The buttons' states follow the selection; the action follows the button.
    // (A click on a disabled button does nothing either way.)
    QObject::connect(
        view->selectionModel(), &QItemSelectionModel::selectionChanged, action,
        [action, button] { action->setEnabled(button->isEnabled()); }, Qt::QueuedConnection);
}

QString TableActions::selectedRowsAsText(const QAbstractItemView* view)
{
    const QAbstractItemModel* model = view->model();
    if (!model || !view->selectionModel())
        return {};
    QList<int> rows;
    for (const QModelIndex& index : view->selectionModel()->selectedIndexes()) {
        if (!rows.contains(index.row()))
            rows << index.row();
    }
    if (rows.isEmpty() && view->currentIndex().isValid())
        rows << view->currentIndex().row();
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end());
    // The columns as the user sees them: in their order, hidden ones left out.
    QList<int> columns;
    const auto* table = qobject_cast<const QTableView*>(view);
    for (int visual = 0; visual < model->columnCount(); ++visual) {
        const int logical = table ? table->horizontalHeader()->logicalIndex(visual) : visual;
        if (!table || !table->isColumnHidden(logical))
            columns << logical;
    }
    QStringList lines;
    QStringList header;
    for (int column : std::as_const(columns))
        header << cellText(model->headerData(column, Qt::Horizontal));
    lines << header.join(u'\t');
    for (int row : std::as_const(rows)) {
        QStringList cells;
        for (int column : std::as_const(columns))
            cells << cellText(model->index(row, column).data());
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

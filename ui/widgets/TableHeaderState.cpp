#include "TableHeaderState.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

using namespace Qt::StringLiterals;

TableHeaderState* TableHeaderState::attach(QTableView* view, const QString& settingsKey)
{
    return new TableHeaderState(view, settingsKey);
}

TableHeaderState::TableHeaderState(QTableView* view, QString settingsKey)
    : QObject(view)
    , m_view(view)
    , m_key(u"headers/"_s + std::move(settingsKey))
{
    QHeaderView* header = view->horizontalHeader();
    const QByteArray saved = QSettings().value(m_key).toByteArray();
    if (!saved.isEmpty())
        header->restoreState(saved);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            &TableHeaderState::showColumnMenu);
    connect(header, &QHeaderView::sectionResized, this, &TableHeaderState::save);
    connect(header, &QHeaderView::sectionMoved, this, &TableHeaderState::save);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TableHeaderState::save);
}

void TableHeaderState::save() const
{
    QSettings().setValue(m_key, m_view->horizontalHeader()->saveState());
}

void TableHeaderState::showColumnMenu(const QPoint& position)
{
    QHeaderView* header = m_view->horizontalHeader();
    QAbstractItemModel* model = m_view->model();
    if (!model)
        return;
    QMenu menu;
    int visible = 0;
    for (int column = 0; column < model->columnCount(); ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;
    for (int column = 0; column < model->columnCount(); ++column) {
        QAction* action = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column stays: a table with none is useless.
        action->setEnabled(header->isSectionHidden(column) || visible > 1);
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            save();
        });
    }
    menu.exec(header->mapToGlobal(position));
}

#include "TableHeaderState.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace {

// One QSettings for every table's header: it syncs the file (a write and a
// disk sync) at the next turn of the event loop, once for all the headers
// written meanwhile, such as those of a window that closes.
QSettings& headerSettings()
{
    static QPointer<QSettings> settings;
    if (!settings)
        settings = new QSettings(QCoreApplication::instance());
    return *settings;
}

} // namespace

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
    m_write.setSingleShot(true);
    m_write.setInterval(1000);
    connect(&m_write, &QTimer::timeout, this, &TableHeaderState::write);
}

TableHeaderState::~TableHeaderState()
{
    if (m_write.isActive())
        write(); // the last change (the view and its header are going)
}

void TableHeaderState::save()
{
    m_state = m_view->horizontalHeader()->saveState();
    m_write.start();
}

void TableHeaderState::write()
{
    m_write.stop();
    headerSettings().setValue(m_key, m_state);
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

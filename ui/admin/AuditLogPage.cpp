#include "AuditLogPage.h"
#include "ui/widgets/EmptyState.h"

#include "db/WhenReady.h"
#include "models/AuditLogTableModel.h"
#include "services/admin/AuditLogService.h"
#include "ui/widgets/ExportProgress.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/TableHeaderState.h"
#include "ui/widgets/WidgetHelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AuditLogPage::AuditLogPage(AuditLogService& audit, QWidget* parent)
    : QWidget(parent)
    , m_audit(audit)
    , m_model(new AuditLogTableModel(audit, this))
    , m_actor(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_entity(new QComboBox(this))
    , m_fromOn(new QCheckBox(tr("From"), this))
    , m_from(new QDateEdit(QDate::currentDate().addDays(-30), this))
    , m_toOn(new QCheckBox(tr("To"), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_text(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
    , m_message(new MessageLabel(this))
{
    setObjectName(u"auditLogPage"_s);
    m_actor->setObjectName(u"auditActor"_s);
    m_actor->setPlaceholderText(tr("Who (name or e-mail)"));
    m_actor->setClearButtonEnabled(true);
    m_actor->setMaxLength(200);
    m_action->setObjectName(u"auditAction"_s);
    m_action->addItem(tr("All actions"), QString());
    m_entity->setObjectName(u"auditEntity"_s);
    m_entity->addItem(tr("Everything"), QString());
    const std::pair<QString, QString> entities[] = {
        {tr("Users"), u"user"_s},          {tr("Orders"), u"order"_s},
        {tr("Deliveries"), u"delivery"_s}, {tr("Promo codes"), u"promo_code"_s},
        {tr("Categories"), u"category"_s}, {tr("Brands"), u"brand"_s},
        {tr("Listings"), u"product"_s}};
    for (const auto& [label, entity] : entities)
        m_entity->addItem(label, entity);
    for (QDateEdit* date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setEnabled(false);
    }
    m_from->setObjectName(u"auditFrom"_s);
    m_to->setObjectName(u"auditTo"_s);
    m_fromOn->setObjectName(u"auditFromOn"_s);
    m_toOn->setObjectName(u"auditToOn"_s);
    m_text->setObjectName(u"auditText"_s);
    m_text->setPlaceholderText(tr("Text in the reason or the details"));
    m_text->setClearButtonEnabled(true);
    m_text->setMaxLength(200);
    m_view->setObjectName(u"auditView"_s);
    m_view->setModel(m_model);
    EmptyState::attach(m_view, tr("Nothing in the audit log matches these filters."));
    WidgetHelpers::setUpReadOnlyTable(m_view);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(AuditLogTableModel::Time, 130);
    m_view->setColumnWidth(AuditLogTableModel::Actor, 120);
    m_view->setColumnWidth(AuditLogTableModel::Action, 190);
    m_view->setColumnWidth(AuditLogTableModel::Entity, 100);
    m_view->setColumnWidth(AuditLogTableModel::Reason, 160);
    TableHeaderState::attach(m_view, u"auditLog"_s);
    m_detail->setObjectName(u"auditDetail"_s);
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Choose a row to see everything it records."));
    m_message->setObjectName(u"auditMessage"_s);
    m_message->hide();

    auto* search = WidgetHelpers::namedButton(this, tr("Search"), u"auditSearch"_s);
    auto* exportButton = WidgetHelpers::namedButton(this, tr("Export CSV…"), u"auditExport"_s);
    // Three short rows rather than one long one: the page stays narrow
    // enough for a small window, in any language.
    auto* filters = new QGridLayout;
    filters->addWidget(m_actor, 0, 0);
    filters->addWidget(m_text, 0, 1, 1, 2);
    filters->addWidget(m_action, 1, 0);
    filters->addWidget(m_entity, 1, 1);
    auto* fromBox = new QHBoxLayout;
    fromBox->addWidget(m_fromOn);
    fromBox->addWidget(m_from, 1);
    auto* toBox = new QHBoxLayout;
    toBox->addWidget(m_toOn);
    toBox->addWidget(m_to, 1);
    filters->addLayout(fromBox, 2, 0);
    filters->addLayout(toBox, 2, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(search);
    buttons->addWidget(exportButton);
    filters->addLayout(buttons, 2, 2);
    filters->setColumnStretch(2, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    for (QLineEdit* edit : {m_actor, m_text})
        connect(edit, &QLineEdit::returnPressed, this, &AuditLogPage::applyFilter);
    for (QComboBox* box : {m_action, m_entity})
        connect(box, &QComboBox::activated, this, &AuditLogPage::applyFilter);
    connect(m_fromOn, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toOn, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(search, &QPushButton::clicked, this, &AuditLogPage::applyFilter);
    connect(exportButton, &QPushButton::clicked, this, &AuditLogPage::exportCsv);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditLogPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditLogPage::showSelected);
    connect(m_model, &AuditLogTableModel::loadFailed, m_message, &MessageLabel::showError);
}

void AuditLogPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
    loadActions();
}

void AuditLogPage::reload()
{
    m_model->reload();
}

void AuditLogPage::loadActions()
{
    whenReady(m_audit.actions(), this, [this](const Result<QStringList>& actions) {
        if (!actions)
            return; // the list itself says what went wrong
        const QString chosen = m_action->currentData().toString();
        const QSignalBlocker block(m_action);
        while (m_action->count() > 1)
            m_action->removeItem(1);
        for (const QString& action : *actions)
            m_action->addItem(AuditLogTableModel::actionText(action), action);
        m_action->setCurrentIndex(std::max(0, m_action->findData(chosen)));
    });
}

AuditQuery AuditLogPage::currentQuery() const
{
    AuditQuery query;
    query.actor = m_actor->text().trimmed();
    query.action = m_action->currentData().toString();
    query.entity = m_entity->currentData().toString();
    if (m_fromOn->isChecked())
        query.from = m_from->date();
    if (m_toOn->isChecked())
        query.to = m_to->date();
    query.text = m_text->text().trimmed();
    return query;
}

void AuditLogPage::applyFilter()
{
    const AuditQuery query = currentQuery();
    if (query.from.isValid() && query.to.isValid() && query.to < query.from) {
        m_message->showError(tr("The end date comes before the start date."));
        return;
    }
    m_message->hide();
    m_model->setQuery(query);
}

void AuditLogPage::showSelected()
{
    const AuditEntry* e = m_model->rowAt(WidgetHelpers::selectedRow(m_view));
    if (!e) {
        m_detail->clear();
        return;
    }
    const QByteArray pretty =
        QJsonDocument::fromJson(e->details.toUtf8()).toJson(QJsonDocument::Indented);
    // One arg() for all: a name holding "%1" must not take another's place.
    m_detail->setPlainText(
        tr("#%1 (chain position %2), %3\nWho: %4\nWhat: %5 (%6)\nOn: %7 #%8\nReason: %9\n\n")
            .arg(QString::number(e->id), QString::number(e->chainSeq),
                 QLocale().toString(e->at.toLocalTime(), QLocale::LongFormat),
                 e->actorId ? e->actorName : tr("Operator"),
                 AuditLogTableModel::actionText(e->action), e->action, e->entity,
                 QString::number(e->entityId),
                 e->reason.isEmpty() ? tr("(none given)") : e->reason) +
        QString::fromUtf8(pretty));
}

void AuditLogPage::exportCsv()
{
    const AuditQuery query = currentQuery();
    const QString suggested =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/audit-log.csv"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit log"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_message->showInfo(tr("Exporting…"));
    ExportProgress::watch<qint64>(
        this, m_audit.exportCsv(query, path), tr("Exporting the audit log…"),
        [this, path](const Result<qint64>* rows) {
            if (!rows)
                m_message->showError(tr("The export was cancelled; no file was written."));
            else if (*rows)
                m_message->showSuccess(
                    tr("Exported %n row(s) to %1.", nullptr, int(**rows)).arg(path));
            else
                m_message->showError(rows->error().message());
        });
}

void AuditLogPage::refresh()
{
    reload();
}

#include "AccountPage.h"
#include "ui/widgets/MessageLabel.h"

#include "models/ModelRoles.h"
#include "models/SessionsModel.h"
#include "services/auth/AuthService.h"
#include "ui/widgets/TableHeaderState.h"

#include "db/WhenReady.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AccountPage::AccountPage(const UserAccount& account, AuthService& auth, QWidget* parent)
    : QWidget(parent)
    , m_account(account)
    , m_auth(auth)
    , m_name(new QLineEdit(account.fullName, this))
    , m_saveName(new QPushButton(tr("Save"), this))
    , m_message(new MessageLabel(this))
    , m_sessions(new SessionsModel(&auth, this))
{
    setObjectName(u"accountPage"_s);
    m_name->setObjectName(u"accountName"_s);
    m_name->setMaxLength(200);
    m_saveName->setObjectName(u"saveName"_s);
    m_saveName->setEnabled(false);
    m_message->setObjectName(u"accountMessage"_s);
    m_message->hide();

    auto* email = new QLabel(account.email, this);
    email->setObjectName(u"accountEmail"_s);
    email->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* role = new QLabel(roleDisplayName(account.role), this);
    role->setObjectName(u"accountRole"_s);
    auto* since = new QLabel(
        QLocale().toString(account.createdAt.toLocalTime().date(), QLocale::LongFormat), this);

    auto* details = new QGroupBox(tr("Your account"), this);
    auto* form = new QFormLayout(details);
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_saveName);
    form->addRow(tr("Name:"), nameRow);
    form->addRow(tr("E-mail:"), email);
    form->addRow(tr("Account type:"), role);
    form->addRow(tr("Member since:"), since);
    auto* byMail = new QCheckBox(tr("Also e-mail me my notifications"), this);
    byMail->setObjectName(u"emailNotifications"_s);
    byMail->setEnabled(false); // until the server said how it is
    form->addRow(QString(), byMail);
    whenReady(m_auth.emailNotifications(), byMail, [byMail](const Result<bool>& on) {
        if (!on)
            return;
        byMail->setChecked(*on);
        byMail->setEnabled(true);
    });
    connect(byMail, &QCheckBox::toggled, this, [this, byMail](bool on) {
        if (!byMail->isEnabled())
            return;
        whenReady(m_auth.setEmailNotifications(on), this,
                  [this, byMail, on](const VoidResult& done) {
                      if (done)
                          return;
                      m_message->showError(done.error().message());
                      const QSignalBlocker quiet(byMail);
                      byMail->setChecked(!on);
                  });
    });
    form->addRow(QString(), m_message);

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_sessions);
    proxy->setSortRole(ModelRoles::SortRole);
    auto* view = new QTableView(this);
    view->setObjectName(u"sessionsView"_s);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(SessionsModel::LastActive, Qt::DescendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(SessionsModel::Device, QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(SessionsModel::SignedIn,
                                                   QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(SessionsModel::LastActive,
                                                   QHeaderView::ResizeToContents);
    TableHeaderState::attach(view, u"sessions"_s);

    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(u"refreshSessions"_s);
    auto* everywhere = new QPushButton(tr("Log out everywhere"), this);
    everywhere->setObjectName(u"logoutEverywhereButton"_s);
    auto* sessionsBox = new QGroupBox(tr("Where you are logged in"), this);
    auto* sessionsLayout = new QVBoxLayout(sessionsBox);
    sessionsLayout->addWidget(view);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(refresh);
    buttons->addWidget(everywhere);
    sessionsLayout->addLayout(buttons);

    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(details);
    m_layout->addWidget(sessionsBox, 1);

    connect(m_name, &QLineEdit::textEdited, this,
            [this] { m_saveName->setEnabled(m_name->text().trimmed() != m_account.fullName); });
    connect(m_name, &QLineEdit::returnPressed, this, &AccountPage::saveName);
    connect(m_saveName, &QPushButton::clicked, this, &AccountPage::saveName);
    connect(refresh, &QPushButton::clicked, this, &AccountPage::reload);
    connect(everywhere, &QPushButton::clicked, this, &AccountPage::logoutEverywhereRequested);
    connect(m_sessions, &SessionsModel::loadFailed, this,
            [this](const QString& text) { m_message->showError(text); });
    reload();
}

void AccountPage::addSection(QWidget* section)
{
    m_layout->insertWidget(m_layout->count() - 1, section);
}

void AccountPage::reload()
{
    m_sessions->reload();
}

void AccountPage::saveName()
{
    const QString name = m_name->text().trimmed();
    if (name == m_account.fullName)
        return;
    m_saveName->setEnabled(false);
    whenReady(m_auth.renameCurrentUser(name), this, [this, name](const VoidResult& result) {
        MessageLabel::markField(m_name, !result && result.error().field() == u"name"_s);
        if (!result) {
            m_message->showError(result.error().message());
            m_saveName->setEnabled(true);
            m_name->setFocus();
            return;
        }
        m_account.fullName = name;
        m_message->showSuccess(tr("Your name was saved."));
        emit nameChanged(name);
    });
}

void AccountPage::refresh()
{
    reload();
}

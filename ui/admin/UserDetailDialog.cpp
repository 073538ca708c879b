#include "UserDetailDialog.h"

#include "db/WhenReady.h"
#include "models/LoginHistoryModel.h"
#include "models/SessionsModel.h"
#include "services/admin/UserAdminService.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/WidgetHelpers.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString when(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::LongFormat)
                        : UserDetailDialog::tr("never");
}

QTableView* table(QWidget* parent, QAbstractItemModel* model, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    WidgetHelpers::setUpReadOnlyTable(view);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}
} // namespace

UserDetailDialog::UserDetailDialog(UserAdminService& users, const UserAccount& user,
                                   QWidget* parent)
    : QDialog(parent)
    , m_users(users)
    , m_userId(user.id)
    , m_profile(new QLabel(this))
    , m_activity(new QLabel(this))
    , m_sessions(new SessionsModel(nullptr, this))
    , m_history(new LoginHistoryModel(users, this))
    , m_message(new MessageLabel(this))
{
    setObjectName(u"userDetailDialog"_s);
    setWindowTitle(tr("User: %1").arg(user.fullName));
    m_profile->setObjectName(u"userProfile"_s);
    m_profile->setTextFormat(Qt::RichText);
    m_profile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_activity->setObjectName(u"userActivity"_s);
    m_activity->setWordWrap(true);
    m_message->hide();

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(u"userDetailTabs"_s);
    tabs->addTab(table(tabs, m_history, u"loginHistoryView"_s), tr("Login history (90 days)"));
    tabs->addTab(table(tabs, m_sessions, u"userSessionsView"_s), tr("Logged in on"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_profile);
    layout->addWidget(m_activity);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserDetailDialog::reject);
    connect(m_history, &LoginHistoryModel::loadFailed, m_message, &MessageLabel::showError);
    showAccount(user);
    resize(640, 520);
    load();
}

void UserDetailDialog::showAccount(const UserAccount& u)
{
    QString status = u.active ? tr("active") : tr("disabled");
    if (u.mustChangePassword)
        status += tr(", must choose a new password at the next login");
    m_profile->setText(u"<b style='font-size:13pt'>%1</b><br>%2<br>%3 · %4<br>%5<br>%6"_s.arg(
        u.fullName.toHtmlEscaped(), u.email.toHtmlEscaped(), roleDisplayName(u.role), status,
        tr("Joined %1").arg(when(u.createdAt)),
        tr("Last successful login: %1").arg(when(u.lastLoginAt))));
}

void UserDetailDialog::load()
{
    whenReady(m_users.user(m_userId), this, [this](const Result<UserAccount>& user) {
        if (!user) {
            m_message->showError(user.error().message());
            return;
        }
        showAccount(*user);
    });
    whenReady(m_users.activity(m_userId), this, [this](const Result<UserActivity>& a) {
        if (!a) {
            m_message->showError(a.error().message());
            return;
        }
        const QLocale locale;
        m_activity->setText(
            tr("Orders placed: %1 · Orders received as a seller: %2 · Products "
               "listed: %3 · Deliveries done: %4, in hand: %5")
                .arg(locale.toString(a->ordersPlaced), locale.toString(a->ordersReceived),
                     locale.toString(a->products), locale.toString(a->deliveriesDone),
                     locale.toString(a->deliveriesInHand)));
    });
    whenReady(m_users.sessions(m_userId), this, [this](const Result<QList<SessionInfo>>& s) {
        if (!s) {
            m_message->showError(s.error().message());
            return;
        }
        m_sessions->setSessions(*s);
    });
    m_history->setUser(m_userId);
}

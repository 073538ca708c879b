#include "LoginDialog.h"
#include "models/StatusColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLineEdit* lineEdit(QWidget* parent, const QString& objectName, bool password = false)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setMaxLength(password ? 256 : 254);
    if (password)
        edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

LoginDialog::LoginDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("HexaStore — Log in"));
    setWindowIcon(QIcon(u":/hexastore/icons/hexastore.svg"_s));
    setMinimumWidth(460);

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(u":/hexastore/icons/hexastore.svg"_s).pixmap(48, 48));
    auto* title = new QLabel(
        u"<b style='font-size:15pt'>HexaStore</b><br>"_s + tr("Marketplace back office"), this);
    auto* header = new QHBoxLayout;
    header->addWidget(logo);
    header->addWidget(title, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"authTabs"_s);
    m_tabs->addTab(buildLoginTab(), tr("Log in"));
    m_tabs->addTab(buildRegisterTab(), tr("Create account"));

    m_message = new QLabel(this);
    m_message->setObjectName(u"errorMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    m_status = new QLabel(this);
    m_status->setObjectName(u"connectionStatus"_s);
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs);
    layout->addWidget(m_message);
    layout->addWidget(buildServerBox());
    layout->addWidget(m_status);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        clearMessage();
        (m_tabs->currentIndex() == 0 ? m_loginButton : m_registerButton)->setDefault(true);
    });
    setConnectionState(ConnectionState::Connecting, tr("Connecting…"));
    // Typing starts in the e-mail field, not on the tab bar.
    m_loginEmail->setFocus();
}

QWidget* LoginDialog::buildLoginTab()
{
    auto* page = new QWidget(this);
    m_loginEmail = lineEdit(page, u"loginEmail"_s);
    m_loginEmail->setPlaceholderText(tr("name@example.com"));
    m_loginPassword = lineEdit(page, u"loginPassword"_s, true);
    m_remember = new QCheckBox(tr("Remember me on this computer"), page);
    m_remember->setObjectName(u"rememberMe"_s);
    m_loginButton = new QPushButton(tr("Log in"), page);
    m_loginButton->setObjectName(u"loginButton"_s);
    m_loginButton->setDefault(true);

    auto* form = new QFormLayout(page);
    form->addRow(tr("E-mail:"), m_loginEmail);
    form->addRow(tr("Password:"), m_loginPassword);
    form->addRow(QString(), m_remember);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    auto* forgot = new QPushButton(tr("Forgot password?"), page);
    forgot->setObjectName(u"forgotPassword"_s);
    forgot->setFlat(true);
    forgot->setAutoDefault(false);
    connect(forgot, &QPushButton::clicked, this,
            [this] { emit forgotPasswordRequested(m_loginEmail->text().trimmed()); });
    buttons->addWidget(forgot);
    buttons->addWidget(m_loginButton);
    form->addRow(buttons);

    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::submitLogin);
    connect(m_loginPassword, &QLineEdit::returnPressed, this, &LoginDialog::submitLogin);
    return page;
}

QWidget* LoginDialog::buildRegisterTab()
{
    auto* page = new QWidget(this);
    m_registerName = lineEdit(page, u"registerName"_s);
    m_registerName->setMaxLength(200);
    m_registerEmail = lineEdit(page, u"registerEmail"_s);
    m_registerEmail->setPlaceholderText(tr("name@example.com"));
    m_registerPassword = lineEdit(page, u"registerPassword"_s, true);
    m_registerPassword->setPlaceholderText(tr("At least 8 characters"));
    m_registerConfirm = lineEdit(page, u"registerConfirm"_s, true);
    m_registerRole = new QComboBox(page);
    m_registerRole->setObjectName(u"registerRole"_s);
    m_registerRole->addItem(tr("Buy things"), QVariant::fromValue(int(Role::Buyer)));
    m_registerRole->addItem(tr("Sell things"), QVariant::fromValue(int(Role::Seller)));
    m_registerButton = new QPushButton(tr("Create account"), page);
    m_registerButton->setObjectName(u"registerButton"_s);

    auto* form = new QFormLayout(page);
    form->addRow(tr("Full name:"), m_registerName);
    form->addRow(tr("E-mail:"), m_registerEmail);
    form->addRow(tr("Password:"), m_registerPassword);
    form->addRow(tr("Repeat password:"), m_registerConfirm);
    form->addRow(tr("I want to:"), m_registerRole);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_registerButton);
    form->addRow(buttons);

    connect(m_registerButton, &QPushButton::clicked, this, &LoginDialog::submitRegistration);
    return page;
}

QGroupBox* LoginDialog::buildServerBox()
{
    m_serverBox = new QGroupBox(tr("Server"), this);
    m_serverKind = new QComboBox(m_serverBox);
    m_serverKind->setObjectName(u"serverKind"_s);
    m_serverKind->addItem(tr("Local server on this computer"));
    m_serverKind->addItem(tr("Remote PostgreSQL server"));

    m_remoteFields = new QWidget(m_serverBox);
    m_host = lineEdit(m_remoteFields, u"remoteHost"_s);
    m_host->setPlaceholderText(tr("db.example.com"));
    m_port = new QSpinBox(m_remoteFields);
    m_port->setObjectName(u"remotePort"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = lineEdit(m_remoteFields, u"remoteDatabase"_s);
    m_dbUser = lineEdit(m_remoteFields, u"remoteUser"_s);
    m_dbPassword = lineEdit(m_remoteFields, u"remotePassword"_s, true);
    m_dbPassword->setPlaceholderText(tr("Kept in the keychain"));
    m_tls = new QComboBox(m_remoteFields);
    m_tls->setObjectName(u"remoteTls"_s);
    const std::pair<QString, QString> modes[] = {
        {u"verify-full"_s, tr("Verify certificate and host name (safest)")},
        {u"require"_s, tr("Require encryption")},
        {u"prefer"_s, tr("Use encryption when offered")},
        {u"disable"_s, tr("No encryption")},
    };
    for (const auto& [mode, label] : modes)
        m_tls->addItem(label, mode);
    m_tls->setCurrentIndex(2);
    m_readServer = lineEdit(m_remoteFields, u"remoteReadServer"_s);
    m_readServer->setPlaceholderText(tr("standby.example.com:6432 (optional)"));
    m_readServer->setToolTip(tr("A read-only copy of the database (a streaming standby) to read "
                                "the catalog from. Same database, role and encryption."));
    auto* remoteForm = new QFormLayout(m_remoteFields);
    remoteForm->setContentsMargins(0, 0, 0, 0);
    auto* hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(new QLabel(tr("Port:"), m_remoteFields));
    hostRow->addWidget(m_port);
    remoteForm->addRow(tr("Host:"), hostRow);
    remoteForm->addRow(tr("Database:"), m_database);
    remoteForm->addRow(tr("Client role:"), m_dbUser);
    remoteForm->addRow(tr("Role password:"), m_dbPassword);
    remoteForm->addRow(tr("Encryption:"), m_tls);
    remoteForm->addRow(tr("Catalog reads from:"), m_readServer);

    m_connectButton = new QPushButton(tr("Connect"), m_serverBox);
    m_connectButton->setObjectName(u"connectButton"_s);
    auto* row = new QHBoxLayout;
    row->addWidget(m_serverKind, 1);
    row->addWidget(m_connectButton);
    auto* layout = new QVBoxLayout(m_serverBox);
    layout->addLayout(row);
    layout->addWidget(m_remoteFields);
    m_remoteFields->hide();

    connect(m_serverKind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_remoteFields->setVisible(index == 1);
        adjustSize();
    });
    connect(m_connectButton, &QPushButton::clicked, this, &LoginDialog::submitServer);
    return m_serverBox;
}

void LoginDialog::setServerProfile(const ServerProfile& profile)
{
    const bool remote = profile.kind == ServerProfile::Kind::Remote;
    m_serverKind->setCurrentIndex(remote ? 1 : 0);
    m_host->setText(profile.host);
    m_port->setValue(profile.port);
    m_database->setText(profile.database);
    m_dbUser->setText(profile.user);
    const int tls = m_tls->findData(profile.sslMode);
    m_tls->setCurrentIndex(tls >= 0 ? tls : 2);
    m_readServer->setText(profile.readServer);
}

void LoginDialog::setServerChoiceVisible(bool visible)
{
    m_serverBox->setVisible(visible);
}

void LoginDialog::setConnectionState(ConnectionState state, const QString& text)
{
    m_connected = state == ConnectionState::Connected;
    const auto tone = state == ConnectionState::Connected ? StatusColors::Tone::Success
                      : state == ConnectionState::Failed  ? StatusColors::Tone::Danger
                                                          : StatusColors::Tone::Warning;
    m_status->setText(
        u"<span style='color:%1'>●</span> "_s.arg(StatusColors::foreground(tone).name()) +
        text.toHtmlEscaped());
    updateEnabled();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    updateEnabled();
}

void LoginDialog::updateEnabled()
{
    m_loginButton->setEnabled(m_connected && !m_busy);
    m_registerButton->setEnabled(m_connected && !m_busy);
    m_connectButton->setEnabled(!m_busy);
}

void LoginDialog::showMessage(const QString& text, bool isError)
{
    m_message->setStyleSheet(u"color: %1;"_s.arg(
        StatusColors::foreground(isError ? StatusColors::Tone::Danger : StatusColors::Tone::Success)
            .name()));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void LoginDialog::showError(const ServiceError& error)
{
    showMessage(error.message(), true);
    const bool registering = m_tabs->currentIndex() == 1;
    const QString& field = error.field();
    QLineEdit* target = nullptr;
    if (field == u"email"_s)
        target = registering ? m_registerEmail : m_loginEmail;
    else if (field == u"password"_s)
        target = registering ? m_registerPassword : m_loginPassword;
    else if (field == u"name"_s)
        target = m_registerName;
    if (target) {
        target->setFocus();
        target->selectAll();
    }
}

void LoginDialog::showInfo(const QString& text)
{
    showMessage(text, false);
}

void LoginDialog::clearMessage()
{
    showMessage(QString(), false);
}

void LoginDialog::setEmail(const QString& email)
{
    m_loginEmail->setText(email);
    m_loginPassword->setFocus();
}

void LoginDialog::clearPasswords()
{
    for (QLineEdit* edit : {m_loginPassword, m_registerPassword, m_registerConfirm, m_dbPassword})
        edit->clear();
}

void LoginDialog::showLoginTab()
{
    m_tabs->setCurrentIndex(0);
}

void LoginDialog::submitLogin()
{
    if (!m_loginButton->isEnabled())
        return;
    clearMessage();
    emit loginRequested(m_loginEmail->text(), m_loginPassword->text(), m_remember->isChecked());
}

void LoginDialog::submitRegistration()
{
    clearMessage();
    if (m_registerName->text().trimmed().isEmpty()) {
        showError(ServiceError(ServiceError::Code::Validation, tr("Enter your name."))
                      .withField(u"name"_s));
        return;
    }
    if (m_registerPassword->text() != m_registerConfirm->text()) {
        showMessage(tr("The passwords do not match."), true);
        m_registerConfirm->setFocus();
        return;
    }
    emit registrationRequested(m_registerName->text(), m_registerEmail->text(),
                               m_registerPassword->text(),
                               Role(m_registerRole->currentData().toInt()));
}

void LoginDialog::submitServer()
{
    clearMessage();
    ServerProfile profile;
    profile.kind = m_serverKind->currentIndex() == 1 ? ServerProfile::Kind::Remote
                                                     : ServerProfile::Kind::Local;
    if (profile.kind == ServerProfile::Kind::Remote) {
        profile.host = m_host->text().trimmed();
        profile.port = m_port->value();
        profile.database = m_database->text().trimmed();
        profile.user = m_dbUser->text().trimmed();
        profile.sslMode = m_tls->currentData().toString();
        profile.readServer = m_readServer->text().trimmed();
        if (profile.host.isEmpty() || profile.database.isEmpty() || profile.user.isEmpty()) {
            showMessage(tr("Enter the host, the database and the client role of the server."),
                        true);
            return;
        }
        if (!ServerProfile::isValidReadServer(profile.readServer)) {
            showMessage(tr("Enter the read-only server as a host name, or as host:port "
                           "(for example standby.example.com:6432), or leave it empty."),
                        true);
            m_readServer->setFocus();
            return;
        }
    }
    emit serverChosen(profile, m_dbPassword->text());
}

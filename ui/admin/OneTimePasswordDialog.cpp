#include "OneTimePasswordDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

OneTimePasswordDialog::OneTimePasswordDialog(const QString& userName, const QString& email,
                                             const QString& password, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"oneTimePasswordDialog"_s);
    setWindowTitle(tr("One-time password"));
    auto* intro = new QLabel(
        tr("Give this one-time password to %1 (%2) in person or by phone. They must choose a "
           "new password when they log in with it. It is shown only now.")
            .arg(userName, email),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto* field = new QLineEdit(password, this);
    field->setObjectName(u"oneTimePassword"_s);
    field->setReadOnly(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    field->setFont(mono);
    auto* copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(u"copyOneTimePassword"_s);
    auto* row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(copy);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(buttons);
    connect(copy, &QPushButton::clicked, this, [field, copy] {
        QApplication::clipboard()->setText(field->text());
        copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &OneTimePasswordDialog::accept);
    resize(440, sizeHint().height());
}

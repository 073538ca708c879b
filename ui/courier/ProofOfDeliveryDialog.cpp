#include "ProofOfDeliveryDialog.h"

#include "SignaturePad.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/WidgetHelpers.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProofOfDeliveryDialog::ProofOfDeliveryDialog(const CourierDelivery& delivery, Submit submit,
                                             QWidget* parent)
    : QDialog(parent)
    , m_delivery(delivery)
    , m_submit(std::move(submit))
    , m_recipient(new QLineEdit(delivery.recipient, this))
    , m_photoPreview(new QLabel(tr("No photo"), this))
    , m_signature(new SignaturePad(this))
    , m_error(new MessageLabel(this))
{
    setObjectName(u"proofDialog"_s);
    setWindowTitle(tr("Proof of delivery — order #%1").arg(delivery.orderId));
    m_recipient->setObjectName(u"proofRecipient"_s);
    m_recipient->setPlaceholderText(tr("Name of the person who took the parcel"));
    m_photoPreview->setObjectName(u"proofPhotoPreview"_s);
    m_photoPreview->setMinimumHeight(48);
    m_signature->setObjectName(u"proofSignature"_s);
    m_error->setObjectName(u"proofError"_s);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Taken by:"), m_recipient);
    if (delivery.amountToCollect.cents() > 0) {
        m_cash = new QLineEdit(this);
        m_cash->setObjectName(u"proofCash"_s);
        form->addRow(tr("Cash collected (due: %1):")
                         .arg(delivery.amountToCollect.toDisplayString(QLocale())),
                     m_cash);
    }
    auto* photoRow = new QHBoxLayout;
    auto* photoButton = WidgetHelpers::namedButton(this, tr("Add photo…"), u"proofAddPhoto"_s);
    photoRow->addWidget(photoButton);
    photoRow->addWidget(m_photoPreview, 1);
    form->addRow(tr("Photo (optional):"), photoRow);
    auto* signatureBox = new QVBoxLayout;
    signatureBox->addWidget(m_signature);
    auto* clear = WidgetHelpers::namedButton(this, tr("Clear signature"), u"proofClearSignature"_s);
    signatureBox->addWidget(clear, 0, Qt::AlignLeft);
    form->addRow(tr("Signature (optional):"), signatureBox);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Confirm delivery"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"confirmDelivery"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // A field marked wrong is unmarked as soon as it is changed.
    for (QLineEdit* field : {m_recipient, m_cash}) {
        if (field)
            connect(field, &QLineEdit::textEdited, field,
                    [field] { MessageLabel::markField(field, false); });
    }
    connect(photoButton, &QPushButton::clicked, this, &ProofOfDeliveryDialog::pickPhoto);
    connect(clear, &QPushButton::clicked, m_signature, &SignaturePad::clear);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProofOfDeliveryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProofOfDeliveryDialog::reject);
}

void ProofOfDeliveryDialog::pickPhoto()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Photo of the delivery"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Images (*.jpg *.jpeg *.png *.webp)"));
    if (!path.isEmpty())
        choosePhoto(path);
}

bool ProofOfDeliveryDialog::choosePhoto(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error->showError(tr("The photo could not be read: %1").arg(file.errorString()));
        return false;
    }
    // Read one byte more than allowed, so that the pipeline can say it is too big.
    auto prepared = ImagePipeline::prepare(file.read(ImagePipeline::kMaxBytes + 1));
    if (!prepared) {
        m_error->showError(prepared.error().message());
        return false;
    }
    m_photo = *prepared;
    QPixmap thumbnail;
    thumbnail.loadFromData(m_photo->thumbnail);
    m_photoPreview->setPixmap(thumbnail.scaledToHeight(48, Qt::SmoothTransformation));
    m_error->hide();
    return true;
}

void ProofOfDeliveryDialog::accept()
{
    Proof proof;
    proof.step.deliveryId = m_delivery.id;
    proof.step.to = DeliveryStatus::Delivered;
    proof.step.recipientName = m_recipient->text();
    MessageLabel::markField(m_recipient, false);
    if (m_cash) {
        MessageLabel::markField(m_cash, false);
        const QString typed = m_cash->text().trimmed();
        proof.step.cash = Money::fromUserText(typed, QLocale());
        if (!proof.step.cash) {
            MessageLabel::markField(m_cash, true);
            m_error->showError(
                typed.isEmpty()
                    ? tr("Enter the cash you collected.")
                    : tr("“%1” is not an amount; enter it like %2.")
                          .arg(typed, m_delivery.amountToCollect.toDisplayString(QLocale())));
            return;
        }
    }
    proof.photo = m_photo;
    if (!m_signature->isEmpty()) {
        auto signature = ImagePipeline::fromImage(m_signature->toImage());
        if (!signature) {
            m_error->showError(signature.error().message());
            return;
        }
        proof.signature = *signature;
    }
    if (proof.photo)
        proof.step.photoSha256 = proof.photo->sha256;
    if (proof.signature)
        proof.step.signatureSha256 = proof.signature->sha256;
    const VoidResult recorded = m_submit(proof);
    if (!recorded) {
        if (recorded.error().field() == u"recipient"_s)
            MessageLabel::markField(m_recipient, true);
        if (m_cash && recorded.error().field() == u"cash"_s)
            MessageLabel::markField(m_cash, true);
        m_error->showError(recorded.error().message());
        return;
    }
    QDialog::accept();
}

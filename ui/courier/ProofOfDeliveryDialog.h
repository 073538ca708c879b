#pragma once

#include "domain/CourierDelivery.h"
#include "domain/CourierStep.h"
#include "domain/ServiceError.h"
#include "services/media/ImagePipeline.h"

#include <QDialog>

#include <functional>
#include <optional>

class MessageLabel;
class QLabel;
class QLineEdit;
class SignaturePad;

// Proof of delivery: who took the parcel, the cash collected (cash on
// delivery: exactly the amount due), and optionally a photo and a signature.
// The step is recorded by `submit`; what it refuses is shown here and the
// dialog stays open.
class ProofOfDeliveryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProofOfDeliveryDialog)
public:
    struct Proof {
        CourierStep step;
        std::optional<ImagePipeline::Prepared> photo;
        std::optional<ImagePipeline::Prepared> signature;
    };
    using Submit = std::function<VoidResult(const Proof&)>;

    ProofOfDeliveryDialog(const CourierDelivery& delivery, Submit submit,
                          QWidget* parent = nullptr);

    // For tests and drag-and-drop alike: the photo from a file.
    bool choosePhoto(const QString& path);
    void accept() override;

private:
    void pickPhoto();

    CourierDelivery m_delivery;
    Submit m_submit;
    QLineEdit* m_recipient;
    QLineEdit* m_cash = nullptr;
    QLabel* m_photoPreview;
    SignaturePad* m_signature;
    MessageLabel* m_error;
    std::optional<ImagePipeline::Prepared> m_photo;
};

#include "ReviewDialog.h"
#include "models/StatusColors.h"
#include "ui/widgets/Confirmation.h"

#include "ui/widgets/MessageLabel.h"

#include "db/WhenReady.h"
#include "services/orders/ReviewService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxComment = 2000;
}

ReviewDialog::ReviewDialog(ReviewService& reviews, qint64 productId, const Review& existing,
                           QWidget* parent)
    : QDialog(parent)
    , m_reviews(reviews)
    , m_productId(productId)
    , m_existing(existing)
    , m_rating(new QComboBox(this))
    , m_comment(new QPlainTextEdit(existing.comment, this))
    , m_count(new QLabel(this))
    , m_error(new MessageLabel(this))
{
    setObjectName(u"reviewDialog"_s);
    setWindowTitle(existing.id ? tr("Edit your review") : tr("Write a review"));
    m_rating->setObjectName(u"rating"_s);
    for (int stars = 5; stars >= 1; --stars)
        m_rating->addItem(QString(stars, QChar(0x2605)) + QString(5 - stars, QChar(0x2606)), stars);
    m_rating->setCurrentIndex(existing.rating ? 5 - existing.rating : 0);
    m_comment->setObjectName(u"comment"_s);
    m_comment->setPlaceholderText(tr("What did you like or dislike? (optional)"));
    m_count->setAlignment(Qt::AlignRight);
    m_error->setObjectName(u"reviewError"_s);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Rating:"), m_rating);
    form->addRow(tr("Review:"), m_comment);
    form->addRow(QString(), m_count);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveReview"_s);
    if (existing.id) {
        QPushButton* remove =
            buttons->addButton(tr("Delete review"), QDialogButtonBox::DestructiveRole);
        remove->setObjectName(u"deleteReview"_s);
        connect(remove, &QPushButton::clicked, this, &ReviewDialog::remove);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateCount = [this] {
        const qsizetype used = m_comment->toPlainText().size();
        m_count->setText(tr("%1 of %2 characters").arg(used).arg(kMaxComment));
        m_count->setStyleSheet(
            used > kMaxComment
                ? u"color: %1;"_s.arg(StatusColors::foreground(StatusColors::Tone::Danger).name())
                : QString());
    };
    connect(m_comment, &QPlainTextEdit::textChanged, this, updateCount);
    updateCount();
}

void ReviewDialog::save()
{
    whenReady(
        m_reviews.save(m_productId, m_rating->currentData().toInt(), m_comment->toPlainText()),
        this, [this](const Result<qint64>& saved) {
            if (!saved) {
                m_error->showError(saved.error().message());
                return;
            }
            accept();
        });
}

void ReviewDialog::remove()
{
    if (!Confirmation::ask(this, tr("Delete review"), tr("Delete your review?"),
                           tr("Delete review")))
        return;
    whenReady(m_reviews.remove(m_existing.id), this, [this](const VoidResult& removed) {
        if (!removed) {
            m_error->showError(removed.error().message());
            return;
        }
        accept();
    });
}

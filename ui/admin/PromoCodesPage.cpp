#include "PromoCodesPage.h"
#include "ui/widgets/Confirmation.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/TableActions.h"

#include "db/WhenReady.h"
#include "models/PromoCodeTableModel.h"
#include "PromoCodeDialog.h"
#include "services/orders/PromoCodeService.h"
#include "ui/widgets/TableHeaderState.h"
#include "ui/widgets/WidgetHelpers.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PromoCodesPage::PromoCodesPage(PromoCodeService& promoCodes, QWidget* parent)
    : QWidget(parent)
    , m_promoCodes(promoCodes)
    , m_model(new PromoCodeTableModel(promoCodes, this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"promoCodesPage"_s);
    m_view->setObjectName(u"promoCodesView"_s);
    m_view->setModel(m_model);
    EmptyState::attach(m_view, tr("No promo codes yet — create one with “New code…”."));
    WidgetHelpers::setUpReadOnlyTable(m_view);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(PromoCodeTableModel::Code, 140);
    m_view->setColumnWidth(PromoCodeTableModel::Validity, 190);
    TableHeaderState::attach(m_view, u"promoCodes"_s);
    m_status->setObjectName(u"promoCodesStatus"_s);
    m_status->setWordWrap(true);

    auto* add = WidgetHelpers::namedButton(this, tr("New code…"), u"newPromo"_s);
    auto* editButton = WidgetHelpers::namedButton(this, tr("Edit…"), u"editPromo"_s);
    auto* removeButton = WidgetHelpers::namedButton(this, tr("Delete"), u"deletePromo"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(editButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    auto updateButtons = [this, editButton, removeButton] {
        editButton->setEnabled(WidgetHelpers::selectedRow(m_view) >= 0);
        removeButton->setEnabled(WidgetHelpers::selectedRow(m_view) >= 0);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateButtons);
    connect(add, &QPushButton::clicked, this, [this] { edit(-1); });
    TableActions::addButton(m_view, editButton);
    TableActions::addButton(m_view, removeButton, QKeySequence::Delete);
    connect(editButton, &QPushButton::clicked, this,
            [this] { edit(WidgetHelpers::selectedRow(m_view)); });
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { edit(index.row()); });
    connect(removeButton, &QPushButton::clicked, this,
            [this] { remove(WidgetHelpers::selectedRow(m_view)); });
    connect(m_model, &PromoCodeTableModel::loadFailed, m_status, &QLabel::setText);
    updateButtons();
}

void PromoCodesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_model->reload();
}

void PromoCodesPage::edit(int row)
{
    const PromoCode* existing = m_model->promoAt(row);
    PromoCodeDialog dialog(m_promoCodes, existing ? *existing : PromoCode(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_status->setText(tr("Saved."));
        m_model->reload();
    }
}

void PromoCodesPage::remove(int row)
{
    const PromoCode* promo = m_model->promoAt(row);
    if (!promo)
        return;
    if (!Confirmation::ask(this, tr("Delete promo code"),
                           tr("Delete the promo code “%1”? Orders that used it keep their "
                              "discount.")
                               .arg(promo->code),
                           tr("Delete promo code")))
        return;
    const QString code = promo->code;
    whenReady(m_promoCodes.remove(promo->id), this, [this, code](const Result<bool>& removed) {
        if (!removed)
            m_status->setText(removed.error().message());
        else if (*removed)
            m_status->setText(tr("“%1” was deleted.").arg(code));
        else
            m_status->setText(
                tr("“%1” has been used, so it was switched off instead of deleted.").arg(code));
        m_model->reload();
    });
}

void PromoCodesPage::refresh()
{
    m_model->reload();
}

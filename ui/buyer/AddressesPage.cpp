#include "AddressesPage.h"
#include "ui/widgets/Confirmation.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/TableActions.h"

#include "AddressDialog.h"
#include "db/WhenReady.h"
#include "models/AddressListModel.h"
#include "services/orders/AddressService.h"
#include "ui/widgets/WidgetHelpers.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AddressesPage::AddressesPage(AddressService& addresses, QWidget* parent)
    : QWidget(parent)
    , m_addresses(addresses)
    , m_model(new AddressListModel(addresses, this))
    , m_view(new QListView(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"addressesPage"_s);
    m_view->setObjectName(u"addressList"_s);
    m_view->setModel(m_model);
    EmptyState::attach(m_view, tr("No addresses yet — add one with “New address…”; checkout "
                                  "asks for one too."));
    m_view->setSpacing(4);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setObjectName(u"addressesStatus"_s);
    m_status->setWordWrap(true);

    auto* add = WidgetHelpers::namedButton(this, tr("New address…"), u"newAddress"_s);
    auto* editButton = WidgetHelpers::namedButton(this, tr("Edit…"), u"editAddress"_s);
    auto* makeDefault =
        WidgetHelpers::namedButton(this, tr("Make default"), u"makeDefaultAddress"_s);
    auto* remove = WidgetHelpers::namedButton(this, tr("Delete"), u"deleteAddress"_s);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add, editButton, makeDefault, remove})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Orders keep a copy of the address they were sent to, so "
                                    "changing or deleting one here never changes an order."),
                                 this));
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    auto updateButtons = [this, editButton, makeDefault, remove] {
        const Address* a = m_model->addressAt(WidgetHelpers::selectedRow(m_view));
        editButton->setEnabled(a);
        remove->setEnabled(a);
        makeDefault->setEnabled(a && !a->isDefault);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateButtons);
    connect(m_model, &AddressListModel::loadFailed, m_status, &QLabel::setText);
    connect(add, &QPushButton::clicked, this, [this] { edit(true); });
    TableActions::addButton(m_view, editButton);
    TableActions::addButton(m_view, remove, QKeySequence::Delete);
    connect(editButton, &QPushButton::clicked, this, [this] { edit(false); });
    connect(m_view, &QListView::doubleClicked, this, [this] { edit(false); });
    connect(makeDefault, &QPushButton::clicked, this, [this] {
        if (const Address* a = m_model->addressAt(WidgetHelpers::selectedRow(m_view))) {
            whenReady(m_addresses.makeDefault(a->id), this, [this](const VoidResult& done) {
                report(done, tr("The default address was changed."));
            });
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const Address* a = m_model->addressAt(WidgetHelpers::selectedRow(m_view));
        if (!a ||
            !Confirmation::ask(this, tr("Delete address"),
                               tr("Delete this address?\n%1").arg(AddressListModel::oneLine(*a)),
                               tr("Delete address")))
            return;
        whenReady(m_addresses.remove(a->id), this,
                  [this](const VoidResult& done) { report(done, tr("The address was deleted.")); });
    });
    updateButtons();
}

void AddressesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_model->reload();
}

void AddressesPage::report(const VoidResult& result, const QString& done)
{
    m_status->setText(result ? done : result.error().message());
    m_model->reload();
}

void AddressesPage::edit(bool isNew)
{
    const Address* current = m_model->addressAt(WidgetHelpers::selectedRow(m_view));
    if (!isNew && !current)
        return;
    AddressDialog dialog(m_addresses, isNew ? Address() : *current, this);
    if (dialog.exec() == QDialog::Accepted)
        report({}, tr("The address was saved."));
}

void AddressesPage::refresh()
{
    m_model->reload();
}

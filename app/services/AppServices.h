#pragma once

#include "services/admin/AuditLogService.h"
#include "services/admin/UserAdminService.h"
#include "services/auth/AuthService.h"
#include "services/catalog/CatalogAdminService.h"
#include "services/catalog/CatalogService.h"
#include "services/catalog/ListingImportService.h"
#include "services/catalog/ListingService.h"
#include "services/dashboard/DashboardService.h"
#include "services/delivery/DispatchService.h"
#include "services/delivery/PickupDetailsService.h"
#include "services/media/ImageCache.h"
#include "services/notifications/NotificationService.h"
#include "services/orders/AddressService.h"
#include "services/orders/CartService.h"
#include "services/orders/OrderService.h"
#include "services/orders/PromoCodeService.h"
#include "services/orders/ReviewService.h"

// The services of one database connection, handed to the screens together.
struct AppServices {
    explicit AppServices(DbWorker& worker)
        : dbWorker(worker)
        , auth(worker)
        , catalog(worker)
        , images(catalog)
        , listings(worker)
        , listingImport(worker)
        , catalogAdmin(worker)
        , cart(worker)
        , addresses(worker)
        , orders(worker)
        , promoCodes(worker)
        , reviews(worker)
        , dispatch(worker)
        , pickup(worker)
        , users(worker)
        , dashboard(worker)
        , audit(worker)
        , notifications(worker)
    {}
    DbWorker& dbWorker; // for work that is not a service call (the courier's sync)
    AuthService auth;
    CatalogService catalog;
    ImageCache images;
    ListingService listings;
    ListingImportService listingImport;
    CatalogAdminService catalogAdmin;
    CartService cart;
    AddressService addresses;
    OrderService orders;
    PromoCodeService promoCodes;
    ReviewService reviews;
    DispatchService dispatch;
    PickupDetailsService pickup;
    UserAdminService users;
    DashboardService dashboard;
    AuditLogService audit;
    NotificationService notifications;
};

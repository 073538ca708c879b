#pragma once

#include "AddressService.h"
#include "AuthService.h"
#include "CartService.h"
#include "CatalogAdminService.h"
#include "CatalogService.h"
#include "ImageCache.h"
#include "ListingService.h"
#include "OrderService.h"
#include "PromoCodeService.h"
#include "ReviewService.h"

// The services of one database connection, handed to the screens together.
struct AppServices {
    explicit AppServices(DbWorker& worker)
        : auth(worker)
        , catalog(worker)
        , images(catalog)
        , listings(worker)
        , catalogAdmin(worker)
        , cart(worker)
        , addresses(worker)
        , orders(worker)
        , promoCodes(worker)
        , reviews(worker)
    {}
    AuthService auth;
    CatalogService catalog;
    ImageCache images;
    ListingService listings;
    CatalogAdminService catalogAdmin;
    CartService cart;
    AddressService addresses;
    OrderService orders;
    PromoCodeService promoCodes;
    ReviewService reviews;
};

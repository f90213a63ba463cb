from csp.decorators import csp_update
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from govsocial.forms import SignInForm
from govsocial.views import healthz

urlpatterns = [
    path("", include("reviews.urls")),
    path("guidance/", include("guidelines.urls")),
    path("api/v1/", include("reviews.api.urls")),
    path("api/v1/", include("guidelines.api")),
    path("api/schema", SpectacularAPIView.as_view(), name="api_schema"),
    # The split view serves Swagger UI's start-up script as a file, not inline; Swagger
    # UI's stylesheet draws its icons from data: images, allowed on this page alone. No
    # OPTIONS answer: the page's HTML renderer has no template for one (a 500).
    path("api/docs", csp_update({"img-src": ["data:"]})(
        SpectacularSwaggerSplitView.as_view(url_name="api_schema", metadata_class=None)),
         name="api_docs"),
    path("sign-in/", auth_views.LoginView.as_view(authentication_form=SignInForm),
         name="login"),
    path("sign-out/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("healthz", healthz, name="healthz"),
]

handler400 = "reviews.views.bad_request"
handler404 = "reviews.views.not_found"
handler500 = "reviews.views.server_error"

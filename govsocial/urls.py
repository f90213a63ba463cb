from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from govsocial.forms import SignInForm

urlpatterns = [
    path("", include("reviews.urls")),
    path("guidance/", include("guidelines.urls")),
    path("api/v1/", include("reviews.api.urls")),
    path("api/v1/", include("guidelines.api")),
    path("api/schema", SpectacularAPIView.as_view(), name="api_schema"),
    path("api/docs", SpectacularSwaggerView.as_view(url_name="api_schema"), name="api_docs"),
    path("sign-in/", auth_views.LoginView.as_view(authentication_form=SignInForm),
         name="login"),
    path("sign-out/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
]

handler404 = "reviews.views.not_found"
handler500 = "reviews.views.server_error"

package cn.xiangyang.portal.ui.accounts;

import cn.xiangyang.portal.ui.shell.BackendProblem;
import cn.xiangyang.portal.ui.shell.BackendUnavailable;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The backend's accounts API. Every method throws {@link BackendProblem} when the backend refuses the
 * request (4xx, with its problem detail) and {@link BackendUnavailable} when it cannot answer.
 */
@Component
public class AccountsClient {

    private final RestClient backend;

    AccountsClient(RestClient backend) {
        this.backend = backend;
    }

    /**
     * Registers a worker. A retry with the same {@code idempotencyKey} creates nothing twice.
     *
     * @throws BackendProblem 400 with field errors, 409 when the phone or ID number is already registered
     */
    public Account registerWorker(WorkerRegistration registration, String idempotencyKey) {
        return create("/api/v1/accounts/workers", registration, idempotencyKey);
    }

    /**
     * Registers an employer. A retry with the same {@code idempotencyKey} creates nothing twice.
     *
     * @throws BackendProblem 400 with field errors, 409 when the credit code or phone is already registered
     */
    public Account registerEmployer(EmployerRegistration registration, String idempotencyKey) {
        return create("/api/v1/accounts/employers", registration, idempotencyKey);
    }

    /**
     * Opens a session.
     *
     * @throws BackendProblem 401 for wrong credentials, 429 (with {@code retryAfter}) after too many attempts
     */
    public SignedIn signIn(Credentials credentials) {
        return Objects.requireNonNull(backend.post()
                .uri("/api/v1/sessions")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .body(credentials)
                .retrieve()
                .body(SignedIn.class), "empty session body");
    }

    /** Closes the session the token belongs to; an already closed or expired one is not an error. */
    public void signOut(String token) {
        try {
            backend.delete()
                    .uri("/api/v1/sessions/current")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .retrieve()
                    .toBodilessEntity();
        } catch (BackendProblem e) {
            if (e.status() != 401) {
                throw e;
            }
        }
    }

    /**
     * The account the token belongs to, as the backend shows it now.
     *
     * @throws BackendProblem 401 when the token is invalid or expired
     */
    public Account me(String token) {
        return Objects.requireNonNull(backend.get()
                .uri("/api/v1/accounts/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .retrieve()
                .body(Account.class), "empty account body");
    }

    private Account create(String path, Object body, String idempotencyKey) {
        return Objects.requireNonNull(backend.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .header("Idempotency-Key", idempotencyKey)
                .body(body)
                .retrieve()
                .body(Account.class), "empty account body");
    }
}

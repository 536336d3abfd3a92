package org.govhall.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** All staff accounts; usernames are stored in lower case. */
public interface StaffAccounts extends ListCrudRepository<StaffAccount, Long> {

	Optional<StaffAccount> findByUsername(String username);

	List<StaffAccount> findByDepartmentIdOrderByUsername(long departmentId);

	boolean existsByUsername(String username);
}

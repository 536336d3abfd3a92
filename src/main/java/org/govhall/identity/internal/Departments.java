package org.govhall.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** All departments. */
public interface Departments extends ListCrudRepository<Department, Long> {

	Optional<Department> findByCode(String code);

	List<Department> findAllByOrderByCode();
}

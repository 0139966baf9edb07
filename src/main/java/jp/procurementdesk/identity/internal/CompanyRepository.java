package jp.procurementdesk.identity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyRepository extends JpaRepository<Company, String> {

}
